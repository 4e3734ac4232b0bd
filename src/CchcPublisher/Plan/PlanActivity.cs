namespace CchcPublisher.Plan;

/// <summary>
/// Work the service does not publish itself, recorded by an official as <c>content/activities/*.yaml</c>: a
/// meeting, a village meeting, a banner, a contest, the public posting of procedures, or a publication made by
/// hand on a channel (a post in the commune's Zalo group, a live radio read, one made before the tool).
/// </summary>
internal sealed record PlanActivity
{
    public required string RelativePath { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Form key: an offline form (<see cref="PlanForms.ActivityForms"/>) or a channel published by hand.</summary>
    public required string Form { get; init; }

    public string? TaskId { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public required string Description { get; init; }

    /// <summary>Full path of the attachment (minutes, photo), checked to exist; or <c>null</c>.</summary>
    public string? AttachmentPath { get; init; }

    /// <summary>The attachment as written in the file (shown in reports).</summary>
    public string? Attachment { get; init; }

    /// <summary>The unit that did it (đơn vị thực hiện), e.g. <c>Đoàn Thanh niên xã</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>Where a publication made by hand can be seen (a post's address).</summary>
    public string? Url { get; init; }

    /// <summary>Quantities (participants, leaflet copies, banners, sessions), totalled by reports.</summary>
    public ActivityQuantities Quantities { get; init; } = ActivityQuantities.None;
}
