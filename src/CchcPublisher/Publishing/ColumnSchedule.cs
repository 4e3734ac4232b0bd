using Quartz;

namespace CchcPublisher.Publishing;

/// <summary>The slots of one column: Quartz cron evaluated in the commune's time zone (never by adding hours).</summary>
internal sealed class ColumnSchedule
{
    private readonly CronExpression _cron;

    public ColumnSchedule(ColumnOptions column, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(column);
        Column = column;
        _cron = new CronExpression(column.Cron, timeZone);
    }

    public ColumnOptions Column { get; }

    public string Key => Column.Key;

    /// <summary>The first slot strictly after <paramref name="instant"/>, or <c>null</c> when the cron has none left
    /// (a queue so long it runs past Quartz's horizon, or a cron bound to past years).</summary>
    public DateTimeOffset? NextSlotAfter(DateTimeOffset instant) => _cron.GetNextValidTimeAfter(instant);

    /// <summary>True when an article with these categories belongs in this column.</summary>
    public bool Accepts(IReadOnlyList<string> categories) =>
        Column.Categories.Count == 0 || Column.Categories.Any(c => categories.Contains(c, StringComparer.Ordinal));
}
