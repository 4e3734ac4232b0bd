using System.ComponentModel.DataAnnotations;

namespace CchcPublisher.Publishing;

/// <summary>
/// A recurring column (chuyên mục), e.g. the weekly CCHC column every Monday 07:30. Articles without
/// <c>publish_at</c> queue for the next free slot of the first column that accepts them.
/// </summary>
internal sealed class ColumnOptions
{
    /// <summary>Stable key stored in the ledger, e.g. <c>cchc-hang-tuan</c>. Never rename a key in use.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]*$")]
    public string Key { get; set; } = string.Empty;

    /// <summary>Vietnamese name shown in <c>queue</c>, e.g. "Chuyên mục CCHC hằng tuần".</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>Quartz cron expression in the commune's time zone, e.g. <c>0 30 7 ? * MON</c> (Monday 07:30).</summary>
    [Required]
    public string Cron { get; set; } = string.Empty;

    /// <summary>Channels of the column, used for articles that do not list their own.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>When not empty, only articles with at least one of these categories join this column.</summary>
    public List<string> Categories { get; set; } = [];
}
