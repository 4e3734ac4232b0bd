namespace CchcPublisher.Plan;

/// <summary>One row of the plan's Phụ lục: a communication task.</summary>
internal sealed record PlanTask
{
    /// <summary>Short id articles and activities refer to with <c>plan_task</c>/<c>task</c>, e.g. <c>NV01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Nhiệm vụ.</summary>
    public required string Name { get; init; }

    /// <summary>Hình thức: channel names and offline form keys (see <see cref="PlanForms"/>).</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>Category keys the task covers.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Cơ quan chủ trì.</summary>
    public string? Lead { get; init; }

    /// <summary>Cơ quan phối hợp.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>Thời gian thực hiện as written ("Thường xuyên", "Quý III, quý IV năm 2025").</summary>
    public required string TimeText { get; init; }

    /// <summary>The days the task runs: the plan period for "Thường xuyên", else the written span.</summary>
    public required DateRange Time { get; init; }

    public bool Ongoing { get; init; }
}
