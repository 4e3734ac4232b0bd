namespace CchcPublisher.Speech.Passes;

/// <summary>The words that scale a written number ("5 triệu đồng", "226 triệu m3"), as the amount and measure patterns spell them.</summary>
internal static class ScaleWords
{
    private static readonly string[] Words = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ"];

    /// <summary>Whether <paramref name="text"/> holds one of them anywhere (a cheap test before the patterns).</summary>
    public static bool HasAny(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var word in Words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
