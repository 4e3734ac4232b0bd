using CchcPublisher.Channels.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Zalo in outbox mode (the default): writes the <c>article/create</c> request the OpenAPI would receive to
/// <c>&lt;data&gt;/outbox/zalo/</c>. The following steps of API mode (verify, broadcast) depend on Zalo's answers
/// and are described in the file's notes instead.
/// </summary>
internal sealed class ZaloOutboxChannel(
    ZaloArticleRenderer renderer,
    OutboxWriter outbox,
    IOptions<ZaloOptions> options,
    ILogger<ZaloOutboxChannel> logger) : IChannel
{
    public string Name => ChannelNames.Zalo;

    /// <summary>False: an outbox file is a record of one version; an edited article is reported as changed.</summary>
    public bool CanUpdate => false;

    public async Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        if (outbox.Find(Name, article) is { } existing)
        {
            logger.ZaloOutboxAlreadyWritten(article.Id, existing);
            return PublishResult.AwaitingManual(existing);
        }

        var rendered = renderer.Render(article);
        var request = ZaloRequests.CreateArticle(options.Value, rendered);
        var notes = new List<string>(rendered.Problems);
        notes.Add("Chế độ hộp thư đi: yêu cầu chưa được gửi lên Zalo. Khi gửi thật, hệ thống gọi tiếp article/verify để lấy mã bài viết.");
        if (options.Value.Broadcast)
        {
            notes.Add("Sau khi có mã bài viết, bài sẽ được gửi tới người quan tâm OA (broadcast) qua /v2.0/oa/message.");
        }

        string fileName;
        try
        {
            fileName = await outbox.WriteAsync(Name, article, request, notes, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.ZaloOutboxWriteFailed(article.Id, ex.GetType().Name);
            return PublishResult.Failed($"Không ghi được tệp vào hộp thư đi {outbox.FolderFor(Name)}: {ex.Message}. Kiểm tra quyền ghi và dung lượng ổ đĩa; hệ thống sẽ thử lại sau.", TimeSpan.FromMinutes(10));
        }

        logger.ZaloOutboxWritten(fileName, article.Id);
        return PublishResult.AwaitingManual(fileName);
    }

    public Task<WithdrawResult> WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken) =>
        Task.FromResult(outbox.Withdraw(Name, context));

    public Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(outbox.Find(Name, context.Article) is { } existing
            ? ReconcileResult.PreparedAt(existing)
            : ReconcileResult.NotFound);
    }
}
