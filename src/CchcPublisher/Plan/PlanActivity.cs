namespace CchcPublisher.Plan;

/// <summary>
/// Work the service does not publish itself, recorded by an official as <c>content/activities/*.yaml</c>: a
/// meeting, a village meeting, a banner, a contest, the public posting of procedures.
/// </summary>
internal sealed record PlanActivity
{
    public required string RelativePath { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Offline form key (see <see cref="PlanForms.ActivityForms"/>).</summary>
    public required string Form { get; init; }

    public string? TaskId { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public required string Description { get; init; }

    /// <summary>Full path of the attachment (minutes, photo), checked to exist; or <c>null</c>.</summary>
    public string? AttachmentPath { get; init; }

    /// <summary>The attachment as written in the file (shown in reports).</summary>
    public string? Attachment { get; init; }
}
