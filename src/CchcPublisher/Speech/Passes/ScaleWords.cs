namespace CchcPublisher.Speech.Passes;

/// <summary>
/// The words that scale a written number ("5 triệu đồng", "226 triệu m3"): one list for the amount and measure
/// patterns and for the tests made before them (<see cref="TextChecks.DigitThenWord"/>).
/// </summary>
internal static class ScaleWords
{
    /// <summary>The words as a pattern alternation.</summary>
    public const string Pattern = "nghìn|ngàn|triệu|tỷ|tỉ";

    public static readonly string[] All = Pattern.Split('|');
}
