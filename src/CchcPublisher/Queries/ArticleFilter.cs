namespace CchcPublisher.Queries;

/// <summary>What the article list is narrowed by; null or empty means "any". Dates are the commune's days.</summary>
internal sealed record ArticleFilter
{
    /// <summary>Text in the title, summary, id or file path (case-insensitive).</summary>
    public string? Text { get; init; }

    public string? Category { get; init; }

    public string? Channel { get; init; }

    public ArticleListStatus? Status { get; init; }

    public string? PlanTask { get; init; }

    /// <summary>Text in the author / unit line (case-insensitive).</summary>
    public string? Unit { get; init; }

    /// <summary>First day (inclusive) of the article's date: its <c>publish_at</c>, else its first publication.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
