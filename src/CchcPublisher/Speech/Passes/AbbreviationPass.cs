using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CchcPublisher.Speech.Lexicon;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Abbreviations from the lexicon, matched as whole tokens and case-sensitively ("UBND" → "Ủy ban nhân dân",
/// "TTg", "v/v", "KT."). Longer keys win ("HĐND&amp;UBND" before "HĐND"). A chain of abbreviations joined by
/// "-" or "&amp;" is read part by part: "TTĐU-HĐND-UBND" → "Thường trực Đảng ủy, Hội đồng nhân dân, Ủy ban
/// nhân dân". Words the text already says just before an expansion are not repeated ("chỉ số PAPI" →
/// "chỉ số hiệu quả quản trị…", not "chỉ số Chỉ số …").
/// </summary>
internal sealed class AbbreviationPass : ISpeechPass
{
    private static readonly ConditionalWeakTable<SpeechLexicon, Regex> Cache = [];

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var abbreviations = context.Lexicon.Abbreviations;
        if (abbreviations.Count == 0)
        {
            return text;
        }

        var regex = Cache.GetValue(context.Lexicon, static lexicon => Build(lexicon.Abbreviations.Keys));
        return regex.Replace(text, m =>
        {
            var parts = m.Groups["part"].Captures.Select(c => abbreviations[c.Value]).ToList();
            var joiners = m.Groups["join"].Captures.Select(c => c.Value == "&" ? " và " : ", ").ToList();
            var spoken = parts[0];
            for (var i = 1; i < parts.Count; i++)
            {
                spoken += joiners[i - 1] + parts[i];
            }

            // "BĐ1" (báo động một): a number glued to an abbreviation is read after it.
            var gluedNumber = m.Index + m.Length < text.Length && char.IsAsciiDigit(text[m.Index + m.Length]);
            return WithoutRepeat(text[..m.Index], spoken) + (gluedNumber ? " " : string.Empty);
        });
    }

    /// <summary>Drops the leading words of <paramref name="expansion"/> (two or more) that end <paramref name="before"/>.</summary>
    private static string WithoutRepeat(string before, string expansion)
    {
        var words = expansion.Split(' ');
        var tail = before.TrimEnd();
        for (var count = Math.Min(words.Length - 1, 4); count >= 2; count--)
        {
            var phrase = string.Join(' ', words[..count]);
            if (tail.EndsWith(phrase, true, CultureInfo.InvariantCulture)
                && (tail.Length == phrase.Length || !char.IsLetter(tail[^(phrase.Length + 1)])))
            {
                return string.Join(' ', words[count..]);
            }
        }

        return expansion;
    }

    private static Regex Build(IEnumerable<string> keys)
    {
        var alternation = string.Join('|', keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        return new Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?<part>{alternation})(?:(?<join>[-&])(?<part>{alternation}))*(?![\p{{L}}]|\p{{N}}+\p{{L}})",
            // Compiled: the lexicon pattern is built once per lexicon and runs over every sentence of every script.
            // No timeout: the pattern is an alternation of literal keys between look-arounds of one character, so a
            // match attempt is bounded by the longest key and cannot backtrack catastrophically; a timeout would only
            // turn a slow (loaded) PC into a failed publication.
            RegexOptions.CultureInvariant | RegexOptions.Compiled,
            Regex.InfiniteMatchTimeout);
    }
}
