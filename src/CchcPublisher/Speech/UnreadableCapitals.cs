using System.Globalization;
using System.Text;
using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Speech;

/// <summary>
/// Words in capitals that the normalizer can only spell letter by letter ("XYZT" → "ích i dài dét tê"), so that
/// <c>validate</c> can point the official at them before the broadcast: adding the word to
/// <c>content/radio/abbreviations.yaml</c> fixes it. A word in capitals that is a Vietnamese syllable ("KẾ
/// HOẠCH") is read as a word and is not reported; nor is anything the lexicon or a rule reads (document symbols,
/// Roman numerals, issuer codes).
/// </summary>
internal static class UnreadableCapitals
{
    public const string Code = "SPEECH010";

    private static readonly char[] Trim = ['(', ')', '[', ']', '{', '}', ',', '.', ';', ':', '!', '?', '"', '\'', '*', '_', '`', '“', '”', '‘', '’', '…'];

    /// <summary>One warning per unreadable run of capitals, at its line and column in the file.</summary>
    /// <param name="text">The text to check (an article body).</param>
    /// <param name="path">Path shown in the warning.</param>
    /// <param name="firstLine">Line of the file on which <paramref name="text"/> starts.</param>
    /// <param name="readableAlone">Runs already known to be read on their own (shared between files; optional).</param>
    public static IReadOnlyList<Diagnostic> Find(
        string text, string path, int firstLine, ISpeechNormalizer normalizer, Dictionary<string, bool>? readableAlone = null)
    {
        readableAlone ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(normalizer);
        var warnings = new List<Diagnostic>();
        var lines = text.Split('\n');
        for (var lineIndex = 0; lineIndex < lines.Length; lineIndex++)
        {
            var line = lines[lineIndex];
            var runs = new List<(int Column, string Letters)>();
            var start = 0;
            while (start < line.Length)
            {
                while (start < line.Length && char.IsWhiteSpace(line[start]))
                {
                    start++;
                }

                var end = start;
                while (end < line.Length && !char.IsWhiteSpace(line[end]))
                {
                    end++;
                }

                var raw = line[start..end];
                var word = raw.TrimStart(Trim);
                var column = start + raw.Length - word.Length;
                runs.AddRange(CapitalRuns(word.TrimEnd(Trim)).Select(r => (column + r.Offset + 1, r.Letters)));
                start = end;
            }

            // Most capitals ("UBND") are read on their own; only a line with another run is read as a whole.
            runs.RemoveAll(r => ReadableAlone(r.Letters, normalizer, readableAlone));
            if (runs.Count == 0)
            {
                continue;
            }

            // The whole line is read, so that context decides ("khu vực III" is read, "III" alone is not).
            var spoken = " " + normalizer.Normalize(line).ToLower(CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ' ') + " ";
            foreach (var (column, letters) in runs)
            {
                if (spoken.Contains(" " + VietnameseLetters.Spell(letters) + " ", StringComparison.Ordinal))
                {
                    warnings.Add(new Diagnostic(path, firstLine + lineIndex, column, DiagnosticSeverity.Warning, Code,
                        $"Loa sẽ đánh vần từng chữ cái '{letters}'. Nếu là chữ viết tắt, hãy thêm vào content/radio/abbreviations.yaml (mục abbreviations: \"{letters}: cách đọc\")."));
                }
            }
        }

        return warnings;
    }

    private static bool ReadableAlone(string letters, ISpeechNormalizer normalizer, Dictionary<string, bool> readableAlone)
    {
        if (!readableAlone.TryGetValue(letters, out var readable))
        {
            var spoken = " " + normalizer.Normalize(letters).ToLower(CultureInfo.InvariantCulture) + " ";
            readable = !spoken.Contains(" " + VietnameseLetters.Spell(letters) + " ", StringComparison.Ordinal);
            readableAlone[letters] = readable;
        }

        return readable;
    }

    /// <summary>Runs of two or more letters, all capitals, that are not a Vietnamese syllable in capitals.</summary>
    private static List<(int Offset, string Letters)> CapitalRuns(string word)
    {
        var runs = new List<(int, string)>();
        var i = 0;
        while (i < word.Length)
        {
            if (!char.IsLetter(word[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var allUpper = true;
            while (i < word.Length && char.IsLetter(word[i]))
            {
                allUpper &= char.IsUpper(word[i]);
                i++;
            }

            var letters = word[start..i];
            if (allUpper && letters.Length >= 2 && !VietnameseSyllable.IsSyllable(letters.Normalize(NormalizationForm.FormC)))
            {
                runs.Add((start, letters));
            }
        }

        return runs;
    }
}
