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

    public PlanDocument? Find(string id) => Plans.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The plan to use when none is named: the one whose period holds <paramref name="day"/> (the
    /// shortest, so a half-year plan wins over the year's), else the latest that has started, else the first.</summary>
    public PlanDocument? Current(DateOnly day) =>
        Plans.Where(p => p.Period.Contains(day)).OrderBy(p => p.Period.Days).FirstOrDefault()
        ?? Plans.Where(p => p.Period.Start <= day).OrderByDescending(p => p.Period.Start).FirstOrDefault()
        ?? Plans.OrderBy(p => p.Period.Start).FirstOrDefault();
}
