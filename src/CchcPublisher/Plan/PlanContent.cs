using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Plan;

/// <summary>The valid plans and activities in the content folder, and every diagnostic about them.</summary>
internal sealed record PlanContent(
    IReadOnlyList<PlanDocument> Plans,
    IReadOnlyList<PlanActivity> Activities,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The offline forms in force: built-in plus <c>content/forms.yaml</c>.</summary>
    public FormTaxonomy Forms { get; init; } = FormTaxonomy.BuiltIn;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The plan asked for (by id), or the one of <paramref name="asOf"/>'s period; else why there is none, in Vietnamese.</summary>
    public (PlanDocument? Plan, string? Problem) Choose(string? planId, DateOnly asOf)
    {
        var plan = string.IsNullOrEmpty(planId) ? Current(asOf) : Find(planId);
        var known = string.Join(", ", Plans.Select(p => p.Id));
        var problem = plan is not null ? null
            : Plans.Count == 0 ? $"Chưa có kế hoạch nào. Tạo tệp {PlanLoader.PlanFolder}/<mã>.yaml trong thư mục nội dung (xem docs/plan.md)."
            : string.IsNullOrEmpty(planId) ? $"Không có kế hoạch nào cho kỳ hiện tại; chọn một kế hoạch ({known})."
            : $"Không tìm thấy kế hoạch \"{planId}\". Các kế hoạch hiện có: {known}.";
        return (plan, problem);
    }

    public PlanDocument? Find(string id) => Plans.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The plan to use when none is named: the one whose period holds <paramref name="day"/> (the
    /// shortest, so a half-year plan wins over the year's), else the latest that has started, else the first.</summary>
    public PlanDocument? Current(DateOnly day) =>
        Plans.Where(p => p.Period.Contains(day)).OrderBy(p => p.Period.Days).FirstOrDefault()
        ?? Plans.Where(p => p.Period.Start <= day).OrderByDescending(p => p.Period.Start).FirstOrDefault()
        ?? Plans.OrderBy(p => p.Period.Start).FirstOrDefault();
}
