using System.Text.RegularExpressions;

namespace CchcPublisher.Speech;

/// <summary>Checks on speech-ready text: what a TTS engine would still misread.</summary>
internal static partial class SpeechText
{
    /// <summary>
    /// Problems left in <paramref name="spoken"/>: digits, raw acronyms (a word with two or more capitals) and
    /// symbols other than . , ; : ! ?. Empty when the text is ready.
    /// </summary>
    public static IReadOnlyList<string> Problems(string spoken)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        var problems = new List<string>();
        problems.AddRange(DigitRegex().Matches(spoken).Select(m => $"chữ số '{m.Value}'"));
        problems.AddRange(AcronymRegex().Matches(spoken).Where(m => m.Value.Count(char.IsUpper) >= 2).Select(m => $"từ viết tắt '{m.Value}'"));
        problems.AddRange(SymbolRegex().Matches(spoken).Select(m => $"ký hiệu '{m.Value}'"));
        return problems;
    }

    /// <summary>
    /// Syllables (Vietnamese is written one syllable per word): runs of letters, as the regular expression
    /// <c>\p{L}+</c> counts them (<see cref="char.IsLetter(char)"/> is the same five categories, per UTF-16 unit).
    /// </summary>
    public static int CountSyllables(string spoken)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        var count = 0;
        var inWord = false;
        foreach (var c in spoken)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    [GeneratedRegex(@"\p{N}+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRegex();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymRegex();

    [GeneratedRegex(@"[^\p{L}\p{M}\s.,;:!?]", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolRegex();
}
