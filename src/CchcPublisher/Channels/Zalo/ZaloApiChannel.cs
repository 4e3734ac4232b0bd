using System.Text;
using System.Text.Json;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Zalo in API mode: publishes the article on the OA (<c>article/create</c> → poll <c>article/verify</c> → article
/// id), updates it in place when edited (<c>article/update</c>), and optionally broadcasts it. Anything sent whose
/// outcome is not confirmed is reported as unknown; <see cref="ReconcileAsync"/> then looks for it among the OA's
/// recent articles (<c>article/getslice</c>) by title before anything is sent again.
/// </summary>
internal sealed class ZaloApiChannel(
    ZaloApiClient client,
    ZaloArticleRenderer renderer,
    ZaloBroadcaster broadcaster,
    IOptions<ZaloOptions> options,
    IOptions<CommuneOptions> commune,
    TimeProvider timeProvider,
    ILogger<ZaloApiChannel> logger) : IChannel
{
    private const string ReconcileLater = "hệ thống sẽ đối chiếu trên OA trước khi gửi lại, để không đăng trùng.";

    public string Name => ChannelNames.Zalo;

    /// <summary>True: an edited article updates the OA article (<c>article/update</c>).</summary>
    public bool CanUpdate => true;

    /// <summary>The create call, then the verification polling, may still be at work this long.</summary>
    public TimeSpan InFlightLimit => options.Value.TotalTimeout + options.Value.VerifyTimeout;

    /// <summary>The title Zalo shows, as sent: reconciliation looks for it even after the official edits the title.</summary>
    public string? Snapshot(PublishContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return renderer.Render(context.Article).Title;
    }

    public async Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        var rendered = renderer.Render(article);
        if (rendered.Problems.Count > 0)
        {
            return PublishResult.Failed(string.Join(" ", rendered.Problems));
        }

        var updateId = ZaloArticleId(context.Previous);
        var create = await client.SendAsync(ZaloRequests.CreateArticle(options.Value, rendered, updateId), cancellationToken);
        if (create.Status != ZaloCallStatus.Ok)
        {
            return NotCreated(article.Id, create, context.Previous);
        }

        if (create.DataString("token") is not { Length: > 0 } progressToken)
        {
            return PublishResult.Unknown("Zalo nhận bài nhưng không trả mã tiến trình; " + ReconcileLater);
        }

        var (zaloId, failure) = await VerifyAsync(article.Id, progressToken, context.Previous, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        zaloId ??= updateId!;
        var url = await LinkAsync(zaloId, cancellationToken);
        logger.ZaloPublished(article.Id, zaloId, updateId is not null);
        if (updateId is null)
        {
            await broadcaster.BroadcastAsync(article.Id, zaloId, cancellationToken);
        }

        return PublishResult.Published(zaloId, url);
    }

    /// <summary>
    /// Removes the article from the OA (<c>POST /v2.0/article/remove</c>). Broadcast messages already delivered to
    /// followers cannot be recalled; the official is told so.
    /// </summary>
    public async Task<WithdrawResult> WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry.State != Ledger.PublicationState.Published || context.Entry.RemoteId is not { Length: > 0 } id)
        {
            return WithdrawResult.Withdrawn("Bài chưa có trên Zalo OA.");
        }

        var call = await client.SendAsync(ZaloRequests.RemoveArticle(options.Value, id), cancellationToken);
        return call.Status == ZaloCallStatus.Ok
            ? WithdrawResult.Withdrawn("Đã gỡ bài khỏi Zalo OA; tin nhắn đã gửi tới người quan tâm không thu hồi được.")
            : WithdrawResult.Failed(Explain(call) + " Hãy chạy lại lệnh sau, hoặc gỡ bài trong trang quản lý Zalo OA.");
    }

    public async Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Match what was sent (recorded at claim time), searching from the send time: every failed check moves
        // the entry's last update forward, the send time never moves.
        var title = Normalize(context.Previous?.SentSnapshot ?? renderer.Render(context.Article).Title);
        var since = (context.Previous?.ClaimedAt ?? context.Previous?.CreatedAt) - options.Value.ReconcileWindow;
        for (var page = 0; page < options.Value.ReconcilePages; page++)
        {
            var call = await client.SendAsync(ZaloRequests.ListArticles(options.Value, page * 10), cancellationToken);
            if (call.Status != ZaloCallStatus.Ok)
            {
                return ReconcileResult.CouldNotCheck("Chưa kiểm tra được danh sách bài trên Zalo OA: " + Explain(call));
            }

            if (call.Data is not { ValueKind: JsonValueKind.Object } data)
            {
                return ReconcileResult.CouldNotCheck("Zalo trả danh sách bài không đọc được.");
            }

            if (!data.TryGetProperty("medias", out var medias) || medias.ValueKind != JsonValueKind.Array)
            {
                // An OA with no article may answer without "medias"; anything else is unreadable.
                return data.TryGetProperty("total", out var total) && ZaloEnvelope.ReadInt(total) == 0
                    ? ReconcileResult.NotFound
                    : ReconcileResult.CouldNotCheck("Zalo trả danh sách bài không đọc được.");
            }

            var count = 0;
            foreach (var media in medias.EnumerateArray())
            {
                count++;
                var id = ZaloEnvelope.StringOf(media, "id");
                if (id is null || Normalize(ZaloEnvelope.StringOf(media, "title") ?? string.Empty) != title)
                {
                    continue;
                }

                if (since is { } from && media.TryGetProperty("create_date", out var created)
                    && ZaloEnvelope.ReadLong(created) is { } ms && DateTimeOffset.FromUnixTimeMilliseconds(ms) < from)
                {
                    continue;
                }

                logger.ZaloReconciled(context.Article.Id, id);
                return ReconcileResult.FoundAt(id, ZaloEnvelope.StringOf(media, "link_view"));
            }

            if (count < 10)
            {
                break;
            }
        }

        return ReconcileResult.NotFound;
    }

    /// <summary>The Zalo article id of a previous publication, if it was on Zalo (not an outbox file name).</summary>
    private static string? ZaloArticleId(LedgerEntry? previous) =>
        previous is { RemoteId: { Length: > 0 } id, PublishedHash: not null } && !id.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? id
            : null;

    /// <summary>Create/update was not accepted: nothing was created unless the outcome is unknown.</summary>
    private PublishResult NotCreated(string articleId, ZaloCall call, LedgerEntry? previous)
    {
        switch (call.Status)
        {
            case ZaloCallStatus.Unknown:
                logger.ZaloOutcomeUnknown(articleId, call.Detail);
                return PublishResult.Unknown("Đã gửi bài tới Zalo nhưng không nhận được xác nhận; " + ReconcileLater);
            case ZaloCallStatus.Error:
                logger.ZaloRejected(articleId, call.ErrorCode!.Value, call.Message);
                return FromError(call.ErrorCode.Value, call.Message, previous);
            default:
                return PublishResult.Failed(Explain(call), call.RetryAfter ?? TimeSpan.FromMinutes(5));
        }
    }

    private PublishResult FromError(int code, string? message, LedgerEntry? previous)
    {
        var info = ZaloErrors.Describe(code, message, LocalNow());
        if (code == -200 && previous?.LastError?.Contains("[Zalo -200", StringComparison.Ordinal) == true)
        {
            return PublishResult.Failed("Đã thử lại nhưng Zalo vẫn không tải được ảnh: hãy sửa hoặc thay ảnh rồi lưu lại bài. " + ZaloErrors.Tag(code, message));
        }

        return info.Kind is ZaloErrorKind.RetryLater or ZaloErrorKind.Processing
            ? PublishResult.Failed(info.Explanation, info.RetryAfter)
            : PublishResult.Failed(info.Explanation);
    }

    /// <summary>Polls <c>article/verify</c> until Zalo gives the article id, refuses, or the time is up.</summary>
    private async Task<(string? Id, PublishResult? Failure)> VerifyAsync(string articleId, string progressToken, LedgerEntry? previous, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var deadline = timeProvider.GetUtcNow() + o.VerifyTimeout;
        var maxPolls = (int)(o.VerifyTimeout / (o.VerifyPollInterval > TimeSpan.FromSeconds(1) ? o.VerifyPollInterval : TimeSpan.FromSeconds(1))) + 1;
        for (var poll = 1; ; poll++)
        {
            var call = await client.SendAsync(ZaloRequests.Verify(o, progressToken), cancellationToken);
            if (call.Status == ZaloCallStatus.Ok && call.DataString("id") is { Length: > 0 } id)
            {
                return (id, null);
            }

            if (call is { Status: ZaloCallStatus.Error, ErrorCode: { } code } && !IsPending(code, call.Message))
            {
                logger.ZaloRejected(articleId, code, call.Message);
                return code == -200
                    ? (null, FromError(code, call.Message, previous))
                    : (null, PublishResult.Unknown("Zalo báo lỗi khi kiểm tra bài vừa gửi " + ZaloErrors.Tag(code, call.Message) + "; " + ReconcileLater));
            }

            if (poll >= maxPolls || timeProvider.GetUtcNow() >= deadline)
            {
                logger.ZaloOutcomeUnknown(articleId, "verify timed out");
                return (null, PublishResult.Unknown($"Zalo chưa xác nhận bài sau {o.VerifyTimeout.TotalSeconds:0} giây; " + ReconcileLater));
            }

            await Task.Delay(o.VerifyPollInterval, timeProvider, cancellationToken);
        }
    }

    private static bool IsPending(int code, string? message) =>
        code == -214 || (message?.Contains("being processed", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The article's public link, best effort (a missing link never fails the publication).</summary>
    private async Task<string?> LinkAsync(string zaloId, CancellationToken cancellationToken)
    {
        var call = await client.SendAsync(ZaloRequests.ArticleDetail(options.Value, zaloId), cancellationToken);
        return call.Status == ZaloCallStatus.Ok
            ? call.DataString("link_view") ?? call.DataString("link") ?? call.DataString("url")
            : null;
    }

    private string Explain(ZaloCall call) =>
        call.Status switch
        {
            ZaloCallStatus.TokenUnavailable => call.Message ?? "Không có mã truy cập Zalo.",
            ZaloCallStatus.Error => ZaloErrors.Describe(call.ErrorCode ?? 0, call.Message, LocalNow()).Explanation,
            _ => "Không kết nối được Zalo (" + (call.Detail ?? "không rõ") + "); hệ thống sẽ thử lại sau.",
        };

    private DateTimeOffset LocalNow() => TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), commune.Value.GetTimeZone());

    private static string Normalize(string title) =>
        string.Join(' ', title.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
