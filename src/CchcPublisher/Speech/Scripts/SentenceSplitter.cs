using System.Buffers;

namespace CchcPublisher.Speech.Scripts;

/// <summary>
/// Splits normalized text into sentences at ". ", "! ", "? " and line breaks. Normalized text has no
/// abbreviations or numbers left, so a full stop always ends a sentence.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly SearchValues<char> StopsAndLineFeed = SearchValues.Create(".!?\n");

    /// <summary>
    /// The sentences of <paramref name="spoken"/>, trimmed, each ending in a stop; pieces without a letter are dropped.
    /// A boundary is a whole run of white space (<see cref="char.IsWhiteSpace(char)"/>) that holds a line feed or
    /// follows '.', '!' or '?'. This is what the regular expression <c>(?&lt;=[.!?])\s+|\s*\n+\s*</c> split before, as
    /// a loop (the same pieces: tests compare the two on random text).
    /// </summary>
    public static IReadOnlyList<string> Split(string spoken)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        var sentences = new List<string>();
        Split(spoken, sentences);
        return sentences;
    }

    /// <summary>Adds the sentences <see cref="Split(string)"/> gives to <paramref name="sentences"/>.</summary>
    /// <remarks>
    /// Every boundary touches a stop or a line feed, which are few, so the loop jumps from one to the next
    /// (<see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, SearchValues{T})"/>, vectorized) instead of
    /// testing every character for white space: a '.', '!' or '?' followed by white space starts a boundary there;
    /// a line feed belongs to the white-space run around it. Runs are maximal and a piece starts where a boundary
    /// ended (after white space), so a run found backwards from a line feed never reaches into the piece before.
    /// </remarks>
    public static void Split(ReadOnlySpan<char> spoken, List<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var pieceStart = 0;
        var searchFrom = 0;
        while (true)
        {
            var found = spoken[searchFrom..].IndexOfAny(StopsAndLineFeed);
            if (found < 0)
            {
                break;
            }

            var at = searchFrom + found;
            int runStart;
            if (spoken[at] == '\n')
            {
                runStart = at;
                while (runStart > pieceStart && SpeechText.IsWhiteSpace(spoken[runStart - 1]))
                {
                    runStart--;
                }
            }
            else if (at + 1 < spoken.Length && SpeechText.IsWhiteSpace(spoken[at + 1]))
            {
                runStart = at + 1;
            }
            else
            {
                searchFrom = at + 1; // "3.5", "…!»": not a boundary
                continue;
            }

            var runEnd = at + 1;
            while (runEnd < spoken.Length && SpeechText.IsWhiteSpace(spoken[runEnd]))
            {
                runEnd++;
            }

            Add(sentences, spoken[pieceStart..runStart]);
            pieceStart = runEnd;
            searchFrom = runEnd;
        }

        Add(sentences, spoken[pieceStart..]);
    }

    /// <summary>A sentence that ends without . ! ? gets a full stop, so that every engine pauses after it.</summary>
    public static string EndWithStop(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var trimmed = sentence.TrimEnd(' ', ',', ';', ':');
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    /// <summary><see cref="EndWithStop(string)"/> of a piece, making one string instead of two.</summary>
    private static string EndWithStop(ReadOnlySpan<char> sentence)
    {
        var trimmed = TrimForStop(sentence);
        return NeedsStop(trimmed) ? string.Concat(trimmed, ".") : trimmed.ToString();
    }

    /// <summary>The first step of <see cref="EndWithStop(string)"/>: the sentence without the spaces, commas, semicolons and colons that end it.</summary>
    internal static ReadOnlySpan<char> TrimForStop(ReadOnlySpan<char> sentence) => sentence.TrimEnd(" ,;:");

    /// <summary>The second step of <see cref="EndWithStop(string)"/>: whether a full stop is added after the <see cref="TrimForStop"/>ped sentence.</summary>
    internal static bool NeedsStop(ReadOnlySpan<char> trimmed) => trimmed.Length > 0 && trimmed[^1] is not ('.' or '!' or '?');

    private static void Add(List<string> sentences, ReadOnlySpan<char> piece)
    {
        piece = piece.Trim();
        foreach (var c in piece)
        {
            if (char.IsLetter(c))
            {
                sentences.Add(EndWithStop(piece));
                return;
            }
        }
    }
}
