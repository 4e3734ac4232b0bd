using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Scripts;

/// <summary>
/// Splits normalized text into sentences at ". ", "! ", "? " and line breaks. Normalized text has no
/// abbreviations or numbers left, so a full stop always ends a sentence.
/// </summary>
internal static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string spoken)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        return BoundaryRegex().Split(spoken)
            .Select(s => s.Trim())
            .Where(s => s.Any(char.IsLetter))
            .Select(EndWithStop)
            .ToList();
    }

    /// <summary>A sentence that ends without . ! ? gets a full stop, so that every engine pauses after it.</summary>
    public static string EndWithStop(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var trimmed = sentence.TrimEnd(' ', ',', ';', ':');
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\s*\n+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BoundaryRegex();
}
