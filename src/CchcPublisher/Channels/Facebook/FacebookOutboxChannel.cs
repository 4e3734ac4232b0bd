using CchcPublisher.Channels.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Facebook;

/// <summary>Facebook in outbox mode (the default): writes the feed or photo post the Graph API would receive to <c>&lt;data&gt;/outbox/facebook/</c>.</summary>
internal sealed class FacebookOutboxChannel(
    FacebookPostRenderer renderer,
    OutboxWriter outbox,
    IOptions<FacebookOptions> options,
    ILogger<FacebookOutboxChannel> logger) : IChannel
{
    public string Name => ChannelNames.Facebook;

    /// <summary>False: an outbox file is a record of one version; an edited article is reported as changed.</summary>
    public bool CanUpdate => false;

    public async Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        if (outbox.Find(Name, article) is { } existing)
        {
            logger.FacebookOutboxAlreadyWritten(article.Id, existing);
            return PublishResult.AwaitingManual(existing);
        }

        var post = renderer.Render(context);
        var notes = new List<string> { "Chế độ hộp thư đi: bài chưa được đăng lên Trang Facebook." };
        if (post.Link is null)
        {
            notes.Add("Không có liên kết tới trang thông tin điện tử (kênh website chưa đăng bài này trước Facebook).");
        }

        string fileName;
        try
        {
            fileName = await outbox.WriteAsync(Name, article, FacebookRequests.Publish(options.Value, post), notes, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.FacebookOutboxWriteFailed(article.Id, ex.GetType().Name);
            return PublishResult.Failed($"Không ghi được tệp vào hộp thư đi {outbox.FolderFor(Name)}: {ex.Message}. Kiểm tra quyền ghi và dung lượng ổ đĩa; hệ thống sẽ thử lại sau.", TimeSpan.FromMinutes(10));
        }

        logger.FacebookOutboxWritten(fileName, article.Id);
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
