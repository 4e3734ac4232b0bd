namespace CchcPublisher.Speech.Passes;

/// <summary>
/// The text just before or just after a match, for the context rules ("ngày" before a date, "của …" after a
/// document symbol). Bounded, so that a pass stays linear in its input: copying the whole prefix at every
/// match made long texts quadratic.
/// </summary>
internal static class TextWindow
{
    /// <summary>Enough for any context rule: the longest looks back over a few words.</summary>
    public const int Length = 160;

    public static string Before(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Max(0, index - Length);
        return text[start..index];
    }

    public static string After(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[index..Math.Min(text.Length, index + Length)];
    }
}
