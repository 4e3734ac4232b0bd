namespace CchcPublisher.Plan.NextSteps;

/// <summary>A coming slot of a column (chuyên mục) that no queued article holds yet.</summary>
/// <param name="ColumnKey">Column key.</param>
/// <param name="ColumnName">Vietnamese column name.</param>
/// <param name="At">The slot, in the commune's time.</param>
/// <param name="Channels">Channels the column publishes to.</param>
/// <param name="Categories">Categories the column accepts (empty: any).</param>
internal sealed record FreeColumnSlot(
    string ColumnKey,
    string ColumnName,
    DateTimeOffset At,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Categories)
{
    public DateOnly Day => DateOnly.FromDateTime(At.DateTime);
}
