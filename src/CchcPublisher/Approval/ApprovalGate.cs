using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Approval;

/// <summary>
/// When the commune requires approval, holds back every publication of an article version a leader has not
/// approved: its Publish and Update items become Wait ("chờ duyệt"). Nothing else changes: a withdrawal, the
/// reconciliation of a send already made and the bookkeeping of missed items go on, and a version already out
/// stays out while its edit waits.
/// </summary>
internal sealed class ApprovalGate(IApprovalStore store, IOptions<ApprovalOptions> options)
{
    public bool Enabled => options.Value.Required;

    public async Task<IReadOnlyList<PlannedItem>> ApplyAsync(IReadOnlyList<PlannedItem> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!Enabled)
        {
            return plan;
        }

        var held = plan.Where(i => i is { Action: PlannedAction.Publish or PlannedAction.Update, Article: not null }).ToList();
        if (held.Count == 0)
        {
            return plan;
        }

        var latest = await store.LatestAsync([.. held.Select(i => i.ArticleId).Distinct(StringComparer.Ordinal)], cancellationToken);
        return [.. plan.Select(item =>
        {
            if (item is not { Action: PlannedAction.Publish or PlannedAction.Update, Article: { } article })
            {
                return item;
            }

            var approval = ArticleApproval.Of(article.Id, article.ContentHash, latest.GetValueOrDefault(article.Id));
            return approval.Status == ApprovalStatus.Approved
                ? item
                : item with { Action = PlannedAction.Wait, Reason = Reason(approval) };
        })];
    }

    private static string Reason(ArticleApproval approval) => approval.Status switch
    {
        ApprovalStatus.Pending when approval.EditedSince && approval.Latest?.Decision == ApprovalDecision.Approved =>
            "Chờ duyệt lại: bài đã sửa sau khi được duyệt (lệnh approve hoặc trang Chờ duyệt).",
        ApprovalStatus.Pending => "Chờ lãnh đạo duyệt (lệnh approve hoặc trang Chờ duyệt).",
        ApprovalStatus.Returned => $"Lãnh đạo đã trả lại: {approval.Latest?.Comment}",
        _ => "Chưa gửi duyệt: xã yêu cầu duyệt trước khi đăng (approve --submit hoặc trang Chờ duyệt).",
    };
}
