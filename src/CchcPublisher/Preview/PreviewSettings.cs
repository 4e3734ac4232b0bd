using CchcPublisher.Channels.Http;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Website;
using CchcPublisher.Hosting;

namespace CchcPublisher.Preview;

/// <summary>
/// Configuration that turns a host into a preview host: the data folder is the preview folder, and every channel
/// uses its file-based mode (static site, outboxes, radio scripts) there, whatever the real configuration says, so
/// nothing reaches WordPress, Zalo or Facebook and nothing is written next to the real site or ledger.
/// </summary>
internal static class PreviewSettings
{
    public static IEnumerable<KeyValuePair<string, string?>> For(string previewRoot)
    {
        var root = Path.GetFullPath(previewRoot);
        yield return new($"{PathOptions.SectionName}:{nameof(PathOptions.Data)}", root);
        yield return new($"{WebsiteOptions.SectionName}:{nameof(WebsiteOptions.Mode)}", nameof(WebsiteMode.Static));
        yield return new($"{WebsiteOptions.SectionName}:{nameof(WebsiteOptions.OutputFolder)}", Path.Combine(root, "site"));
        yield return new($"{Channels.Zalo.ZaloOptions.SectionName}:Mode", nameof(ChannelMode.Outbox));
        yield return new($"{Channels.Facebook.FacebookOptions.SectionName}:Mode", nameof(ChannelMode.Outbox));
        yield return new($"{RadioOptions.SectionName}:{nameof(RadioOptions.Folder)}", Path.Combine(root, "radio"));
    }
}
