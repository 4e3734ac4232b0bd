using CchcPublisher.Common;
using CchcPublisher.Hosting;
using CchcPublisher.Speech.Scripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio;

/// <summary>
/// Writes one speech-ready script per article under <c>&lt;Paths:Data&gt;/&lt;Channels:Radio:Folder&gt;</c>: the
/// plain text an announcer or a text-only TTS engine reads (<c>.txt</c>) and the same script as SSML
/// (<c>.ssml</c>). The <c>.txt</c> file name is the remote id. Files are written atomically (SSML first), so a
/// crash leaves either the old script or the new one, and a present <c>.txt</c> means a complete publication.
/// </summary>
internal sealed class RadioChannel(
    ScriptBuilder scripts,
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
        var name = RadioScriptNames.For(context.Article, context.Previous, time.GetUtcNow(), commune.Value.GetTimeZone(), context.DueAt);
        var path = Path.Combine(Folder, name);
        try
        {
            var script = scripts.Build(context.Article);
            var segments = script.ToSegments(options.Value.ParagraphPause);
            await AtomicFile.WriteAllTextAsync(Path.ChangeExtension(path, ".ssml"), SpeechDocument.ToSsml(segments), cancellationToken);
            await AtomicFile.WriteAllTextAsync(path, script.ToPlainText(), cancellationToken);
            logger.RadioScriptWritten(context.Article.Id, path, options.Value.Pace.Estimate(segments));
            return PublishResult.AwaitingManual(name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.RadioScriptFailed(ex, context.Article.Id, path);
            return PublishResult.Failed($"Không ghi được kịch bản phát thanh vào '{path}': {ex.Message}");
        }
    }

    /// <summary>
    /// A script still waiting to air is removed (<c>.txt</c> and <c>.ssml</c>), so no program reads an article the
    /// commune took back; a broadcast that already aired cannot be taken back.
    /// </summary>
    public Task<WithdrawResult> WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry.State == Ledger.PublicationState.Published)
        {
            return Task.FromResult(WithdrawResult.NotPossible(
                "Bài đã được phát trên loa truyền thanh; không gỡ được buổi phát đã qua. Nếu cần, đọc thông báo đính chính ở buổi phát sau."));
        }

        if (context.Entry.RemoteId is { Length: > 0 } name && Path.GetFileName(name) == name)
        {
            var path = Path.Combine(Folder, name);
            File.Delete(Path.ChangeExtension(path, ".ssml"));
            File.Delete(path);
        }

        return Task.FromResult(WithdrawResult.Withdrawn("Đã xoá kịch bản chờ phát; bài không còn vào chương trình phát thanh."));
    }

    public Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = RadioScriptNames.For(context.Article, context.Previous, time.GetUtcNow(), commune.Value.GetTimeZone(), context.DueAt);
        var path = Path.Combine(Folder, name);
        try
        {
            return Task.FromResult(File.Exists(path) ? ReconcileResult.PreparedAt(name) : ReconcileResult.NotFound);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(ReconcileResult.CouldNotCheck($"Không kiểm tra được tệp '{path}': {ex.Message}"));
        }
    }
}
