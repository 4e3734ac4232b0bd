namespace CchcPublisher.Plan;

/// <summary>A valid plan file (<c>content/plan/&lt;id&gt;.yaml</c>): the commune's CCHC communication plan as data.</summary>
internal sealed record PlanDocument
{
    /// <summary>From the <c>id</c> key or the file name without extension, e.g. <c>2026</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Path relative to the content root, with '/' (what reports show).</summary>
    public required string RelativePath { get; init; }

    public required string Title { get; init; }

    /// <summary>Số hiệu, e.g. "25/KH-UBND"; optional.</summary>
    public string? Number { get; init; }

    public required string Commune { get; init; }

    public required DateRange Period { get; init; }

    /// <summary>The period as written ("Năm 2026").</summary>
    public required string PeriodText { get; init; }

    /// <summary>Căn cứ: the documents the plan rests on.</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>Audiences, budget, reporting duties, percentage indicators.</summary>
    public PlanDetails Details { get; init; } = PlanDetails.None;

    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];

    /// <summary>Plan-wide targets (per channel or form, per category) and every task's targets.</summary>
    public IReadOnlyList<PlanTarget> Targets { get; init; } = [];

    /// <summary>The forms in force when the plan was read (built-in plus <c>content/forms.yaml</c>), for labels.</summary>
    public FormTaxonomy Forms { get; init; } = FormTaxonomy.BuiltIn;

    public PlanTask? FindTask(string id) => Tasks.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));
}
