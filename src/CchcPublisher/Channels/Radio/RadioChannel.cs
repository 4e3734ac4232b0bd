using CchcPublisher.Content.Markdown;
using CchcPublisher.Hosting;
using Markdig;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio;

/// <summary>
/// Writes one script per article under <c>&lt;Paths:Data&gt;/&lt;Channels:Radio:Folder&gt;</c>. The file name is
/// the remote id; the file is written atomically, so a crash leaves either the old script or the new one.
/// </summary>
internal sealed class RadioChannel(
    IOptions<RadioOptions> options,
    IOptions<PathOptions> paths,
    IOptions<CommuneOptions> commune,
    TimeProvider time,
    ILogger<RadioChannel> logger) : IChannel
{
    public string Name => ChannelNames.Radio;

    /// <summary>A script is a file: an edited article simply rewrites it.</summary>
    public bool CanUpdate => true;

    public string Folder => Path.Combine(paths.Value.DataRoot, options.Value.Folder);

    public async Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = RadioScriptNames.For(context.Article, context.Previous, time.GetUtcNow(), commune.Value.GetTimeZone());
        var path = Path.Combine(Folder, name);
        try
        {
            var text = context.Article.Title + "\n\n" + Markdown.ToPlainText(context.Article.Body, MarkdownPipelines.Default).Trim() + "\n";
            await AtomicFile.WriteAllTextAsync(path, text, cancellationToken);
            logger.RadioScriptWritten(context.Article.Id, path);
            return PublishResult.Published(name, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.RadioScriptFailed(ex, context.Article.Id, path);
            return PublishResult.Failed($"Không ghi được kịch bản phát thanh vào '{path}': {ex.Message}");
        }
    }

    public Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = RadioScriptNames.For(context.Article, context.Previous, time.GetUtcNow(), commune.Value.GetTimeZone());
        var path = Path.Combine(Folder, name);
        try
        {
            return Task.FromResult(File.Exists(path) ? ReconcileResult.FoundAt(name, null) : ReconcileResult.NotFound);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(ReconcileResult.CouldNotCheck($"Không kiểm tra được tệp '{path}': {ex.Message}"));
        }
    }
}
