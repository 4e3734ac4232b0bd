using CchcPublisher.Channels;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Channels.Website;
using CchcPublisher.Common;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Speech.Scripts;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Preview;

/// <summary>
/// Renders articles through the channels of a preview host (see <see cref="PreviewSettings"/>): the static site,
/// the Zalo and Facebook outboxes and the radio script all write into the preview folder, and the radio script is
/// spoken to a WAV where a TTS engine exists. No ledger is read or written: every article is shown as new.
/// </summary>
internal sealed class PreviewRenderer(
    IEnumerable<IChannel> channels,
    ScriptBuilder scripts,
    TtsEngineSelector engines,
    IOptions<RadioOptions> radio,
    IOptions<WebsiteOptions> website,
    IOptions<Hosting.PathOptions> paths)
{
    public async Task<IReadOnlyList<PreviewItem>> RenderAsync(
        IEnumerable<(Article Article, IReadOnlyCollection<string> Channels)> articles,
        CategoryTaxonomy taxonomy,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var items = new List<PreviewItem>();
        var (engine, noAudio) = engines.Select();
        foreach (var (article, wanted) in articles)
        {
            var earlier = new Dictionary<string, PublishResult>(StringComparer.Ordinal);
            foreach (var name in ChannelNames.All.Where(wanted.Contains))
            {
                if (!byName.TryGetValue(name, out var channel))
                {
                    items.Add(new PreviewItem(article.Id, article.Title, name, null, "Kênh này đang tắt trong cấu hình."));
                    continue;
                }

                var result = await channel.PublishAsync(new PublishContext(article, null, earlier) { Taxonomy = taxonomy }, cancellationToken);
                earlier[name] = result;
                if (result.Outcome is not (PublishOutcome.Published or PublishOutcome.AwaitingManual))
                {
                    items.Add(new PreviewItem(article.Id, article.Title, name, null, result.Error));
                    continue;
                }

                var path = PathOf(name, result);
                items.Add(new PreviewItem(article.Id, article.Title, name, path, null));
                if (name == ChannelNames.Radio && path is not null)
                {
                    items.Add(await SpeakAsync(article, engine, noAudio, Path.ChangeExtension(path, ".wav"), cancellationToken));
                }
            }
        }

        return items;
    }

    private string? PathOf(string channel, PublishResult result) => (channel, result.RemoteId) switch
    {
        (_, null) => null,
        (ChannelNames.Website, var slug) => SitePaths.Full(website.Value.GetSiteRoot(paths.Value), SitePaths.Article(slug)),
        (ChannelNames.Radio, var name) => Path.Combine(paths.Value.DataRoot, radio.Value.Folder, name),
        (_, var file) => Path.Combine(paths.Value.DataRoot, "outbox", channel, file),
    };

    private async Task<PreviewItem> SpeakAsync(Article article, ITtsEngine? engine, string? noAudio, string wavPath, CancellationToken cancellationToken)
    {
        const string Audio = ChannelNames.Radio + ":wav";
        if (engine is null)
        {
            return new PreviewItem(article.Id, article.Title, Audio, null, noAudio);
        }

        try
        {
            var segments = scripts.Build(article).ToSegments(radio.Value.ParagraphPause);
            var audio = await ProgramAudioRenderer.RenderAsync(engine, segments, radio.Value.ChunkCharacters, cancellationToken);
            await AtomicFile.WriteAllBytesAsync(wavPath, audio.ToBytes(), cancellationToken);
            return new PreviewItem(article.Id, article.Title, Audio, wavPath, null);
        }
        catch (TtsException ex)
        {
            return new PreviewItem(article.Id, article.Title, Audio, null, $"Không tạo được tệp WAV bằng {engine.Name}: {ex.Message}");
        }
    }
}
