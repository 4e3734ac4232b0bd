using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// Facebook in API mode: one <c>/feed</c> (link or text) or <c>/photos</c> (cover) POST per article, never retried.
/// An unknown outcome (timeout, 5xx, codes 1/2) is reported as unknown; <see cref="ReconcileAsync"/> then reads the
/// Page's recent posts and looks for the article's marker tag before anything is posted again. A duplicate error
/// (506) is reconciled at once.
/// </summary>
internal sealed class FacebookApiChannel(
    FacebookGraphClient graph,
    FacebookPostRenderer renderer,
    FacebookUsageGate gate,
    IOptions<FacebookOptions> options,
    ILogger<FacebookApiChannel> logger) : IChannel
{
    private const string ReconcileLater = "hệ thống sẽ đối chiếu trên Trang trước khi gửi lại, để không đăng trùng.";

    public string Name => ChannelNames.Facebook;

    /// <summary>False: an edited article is reported as changed (editing posts is not implemented; see docs).</summary>
    public bool CanUpdate => false;

    /// <summary>A POST to the Graph API may still be at work for the call's whole total timeout.</summary>
    public TimeSpan InFlightLimit => options.Value.TotalTimeout;

    /// <summary>The fingerprint of the exact text about to be sent: what reconciliation looks for.</summary>
    public string? Snapshot(PublishContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return FacebookPostRenderer.Fingerprint(renderer.Render(context).Message);
    }

    public async Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        var post = renderer.Render(context);
        var call = await graph.SendAsync(FacebookRequests.Publish(options.Value, post), cancellationToken);
        switch (call.Status)
        {
            case GraphCallStatus.Ok:
                var id = call.DataString("post_id") ?? call.DataString("id");
                if (id is null)
                {
                    return PublishResult.Unknown("Facebook nhận bài nhưng không trả mã bài đăng; " + ReconcileLater);
                }

                logger.FacebookPublished(article.Id, id, post.Kind.ToString());
                return PublishResult.Published(id, PostUrl(id));
            case GraphCallStatus.NotSent:
                return PublishResult.Failed(
                    call.Explanation ?? "Chưa gửi được tới Facebook (" + call.Detail + "); hệ thống sẽ thử lại sau.",
                    call.RetryAfter ?? TimeSpan.FromMinutes(5));
            case GraphCallStatus.Unknown:
                logger.FacebookOutcomeUnknown(article.Id, call.Detail);
                return PublishResult.Unknown("Đã gửi bài tới Facebook nhưng không nhận được xác nhận; " + ReconcileLater);
            default:
                return await FromErrorAsync(context, call.Error!, cancellationToken);
        }
    }

    /// <summary>
    /// Deletes the Page post (<c>DELETE /{post-id}</c>). A post Facebook no longer has (error 100, subcode 33) counts
    /// as withdrawn. Shares of the post by citizens go with it; screenshots do not.
    /// </summary>
    public async Task<WithdrawResult> WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Entry.State != Ledger.PublicationState.Published || context.Entry.RemoteId is not { Length: > 0 } id)
        {
            return WithdrawResult.Withdrawn("Bài chưa có trên Trang Facebook.");
        }

        var call = await graph.SendAsync(FacebookRequests.Delete(options.Value, id), cancellationToken);
        return call.Status switch
        {
            GraphCallStatus.Ok => WithdrawResult.Withdrawn("Đã xoá bài trên Trang Facebook."),
            GraphCallStatus.Error when call.Error is { Code: 100, Subcode: 33 } => WithdrawResult.Withdrawn("Bài không còn trên Trang Facebook."),
            GraphCallStatus.Error => WithdrawResult.Failed(FacebookErrors.Describe(call.Error!, options.Value).Explanation),
            _ => WithdrawResult.Failed((call.Explanation ?? "Chưa kết nối được tới Facebook.") + " Hãy chạy lại lệnh sau."),
        };
    }

    public async Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var marker = FacebookPostRenderer.Marker(context.Article.Id);
        var since = (context.Previous?.ClaimedAt ?? context.Previous?.CreatedAt) - options.Value.ReconcileWindow;
        var call = await graph.SendAsync(FacebookRequests.RecentPosts(options.Value, since), cancellationToken);
        if (call.Status != GraphCallStatus.Ok)
        {
            var why = call.Error is { } error ? FacebookErrors.Describe(error, options.Value).Explanation : call.Explanation ?? call.Detail;
            return ReconcileResult.CouldNotCheck("Chưa kiểm tra được các bài gần đây trên Trang Facebook: " + why);
        }

        if (call.Data is not { } data || !data.TryGetProperty("data", out var posts) || posts.ValueKind != JsonValueKind.Array)
        {
            return ReconcileResult.CouldNotCheck("Facebook trả danh sách bài không đọc được.");
        }

        // What was sent (fingerprint recorded at claim time), or this version's exact text (a duplicate error
        // during this very send); posts from before the fingerprint carry the legacy hashtag marker.
        var fingerprints = new HashSet<string>(StringComparer.Ordinal) { FacebookPostRenderer.Fingerprint(renderer.Render(context).Message) };
        if (context.Previous?.SentSnapshot is { } sent)
        {
            fingerprints.Add(sent);
        }

        foreach (var post in posts.EnumerateArray())
        {
            if (post.ValueKind == JsonValueKind.Object
                && post.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                && (fingerprints.Contains(FacebookPostRenderer.Fingerprint(message.GetString()!)) || ContainsMarker(message.GetString()!, marker))
                && post.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                var url = post.TryGetProperty("permalink_url", out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : PostUrl(id.GetString()!);
                logger.FacebookReconciled(context.Article.Id, id.GetString()!);
                return ReconcileResult.FoundAt(id.GetString(), url);
            }
        }

        return ReconcileResult.NotFound;
    }

    private async Task<PublishResult> FromErrorAsync(PublishContext context, GraphError error, CancellationToken cancellationToken)
    {
        var info = FacebookErrors.Describe(error, options.Value);
        switch (info.Kind)
        {
            case FacebookErrorKind.Duplicate:
                var found = await ReconcileAsync(context, cancellationToken);
                return found.Found
                    ? PublishResult.Published(found.RemoteId, found.Url)
                    : PublishResult.Unknown(info.Explanation);
            case FacebookErrorKind.OutcomeUnknown:
                logger.FacebookOutcomeUnknown(context.Article.Id, FacebookErrors.Tag(error));
                return PublishResult.Unknown(info.Explanation);
            case FacebookErrorKind.Throttled:
                var wait = gate.PausedFor() ?? info.RetryAfter ?? options.Value.ThrottleRetryAfter;
                gate.Pause(wait);
                return PublishResult.Failed(info.Explanation, wait);
            case FacebookErrorKind.Blocked:
                // 368 is also used for "you've already posted this": if our post is there, it is published.
                var earlier = await ReconcileAsync(context, cancellationToken);
                return earlier.Found
                    ? PublishResult.Published(earlier.RemoteId, earlier.Url)
                    : PublishResult.Failed(info.Explanation, info.RetryAfter);
            default:
                return PublishResult.Failed(info.Explanation);
        }
    }

    /// <summary>The marker as a whole tag (so "#cchc_1a2b3c4d" never matches "#cchc_1a2b3c4d9").</summary>
    private static bool ContainsMarker(string message, string marker)
    {
        for (var index = message.IndexOf(marker, StringComparison.OrdinalIgnoreCase); index >= 0; index = message.IndexOf(marker, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = index + marker.Length;
            if (end == message.Length || !(char.IsLetterOrDigit(message[end]) || message[end] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static string PostUrl(string postId) => "https://www.facebook.com/" + Uri.EscapeDataString(postId);
}
