using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<SpeechLexicon, KeyTrie> Cache = [];

    /// <summary>
    /// A key starts, at a token start, with its first run of letters as the whole word there: a word with two capitals,
    /// or a word or character that <see cref="LexiconKeyWords"/> lists (the traits must be taken with this lexicon's).
    /// </summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.TwoCapitalsInWord | TextTrait.MayStartKey);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var abbreviations = context.Lexicon.Abbreviations;
        if (abbreviations.Count == 0)
        {
            return text;
        }

        // One scan: at each token start (not after a letter or digit) the trie lists the keys written there,
        // longest first; a key counts when it ends a token (no letter after it, nor digits glued to a letter), and a
        // chain "TTĐU-HĐND-UBND" or "HĐND&UBND" continues while the next part is a key too.
        var trie = Cache.GetValue(context.Lexicon, static lexicon => new KeyTrie(lexicon.Abbreviations.Keys));
        List<string>? candidates = null;
        System.Text.StringBuilder? builder = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!trie.Starts(text[i]) || (i > 0 && IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            candidates ??= [];

            // Most words that start like a key are no key ("Thực" for "TT…"): found without building a chain.
            trie.Matches(text, i, candidates);
            if (candidates.Count == 0)
            {
                i++;
                continue;
            }

            var end = Chain(text, i, trie, candidates, out var parts, out var joiners);
            if (end < 0)
            {
                i++;
                continue;
            }

            var spoken = abbreviations[parts[0]];
            for (var p = 1; p < parts.Count; p++)
            {
                spoken += (joiners[p - 1] == '&' ? " và " : ", ") + abbreviations[parts[p]];
            }

            // "BĐ1" (báo động một): a number glued to an abbreviation is read after it.
            var gluedNumber = end < text.Length && char.IsAsciiDigit(text[end]);
            builder ??= new System.Text.StringBuilder(text.Length + 64);
            builder.Append(text, copied, i - copied)
                .Append(WithoutRepeat(text.AsSpan(Math.Max(0, i - TextWindow.Length), Math.Min(i, TextWindow.Length)), spoken))
                .Append(gluedNumber ? " " : string.Empty);
            copied = end;
            i = end;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, with the letters Vietnamese writes and ASCII decided by table.</summary>
    private static bool IsLetterOrDigit(char c) =>
        Tokens.SpeechTokenizer.IsLetter(c) || char.IsAsciiDigit(c) || (c > '\u007F' && char.IsLetterOrDigit(c));

    /// <summary>End of the longest chain of keys from <paramref name="start"/> that ends a token, or -1.</summary>
    private static int Chain(string text, int start, KeyTrie trie, List<string> candidates, out List<string> parts, out List<char> joiners)
    {
        parts = [];
        joiners = [];
        trie.Matches(text, start, candidates);
        foreach (var key in candidates.ToArray())
        {
            var end = start + key.Length;
            if (end + 1 < text.Length && text[end] is '-' or '&')
            {
                var restEnd = Chain(text, end + 1, trie, [], out var restParts, out var restJoiners);
                if (restEnd >= 0)
                {
                    parts = [key, .. restParts];
                    joiners = [text[end], .. restJoiners];
                    return restEnd;
                }
            }

            if (EndsToken(text, end))
            {
                parts = [key];
                joiners = [];
                return end;
            }
        }

        return -1;
    }

    /// <summary>No letter after the key, nor digits followed by a letter ("BĐ1" ends a token, "BĐ1a" does not).</summary>
    private static bool EndsToken(string text, int end)
    {
        if (end >= text.Length || !char.IsLetterOrDigit(text[end]))
        {
            return true;
        }

        if (char.IsLetter(text[end]))
        {
            return false;
        }

        var i = end;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i >= text.Length || !char.IsLetter(text[i]);
    }

    /// <summary>Drops the leading words of <paramref name="expansion"/> (two or more) that end <paramref name="before"/>.</summary>
    private static string WithoutRepeat(ReadOnlySpan<char> before, string expansion)
    {
        // The first 2–4 words of the expansion are its text up to the 2nd–4th space (as split on ' ' and joined again).
        var words = expansion.AsSpan().Count(' ') + 1;
        var tail = before.TrimEnd();
        for (var count = Math.Min(words - 1, 4); count >= 2; count--)
        {
            var end = SpaceIndex(expansion, count);
            var phrase = expansion.AsSpan(0, end);
            if (EndsWithIgnoreCase(tail, phrase)
                && (tail.Length == phrase.Length || !char.IsLetter(tail[^(phrase.Length + 1)])))
            {
                return expansion[(end + 1)..];
            }
        }

        return expansion;
    }

    /// <summary>
    /// <c>tail.EndsWith(phrase, StringComparison.InvariantCultureIgnoreCase)</c>. When the phrase and the end of the tail
    /// are plain Vietnamese (ASCII letters, precomposed Vietnamese letters, spaces: no combining mark, no ignorable
    /// character, no expansion), the invariant collation without case equates exactly the strings that are equal
    /// but for case, so the answer is the ordinal one without the call into ICU (≈ 0.4 µs each).
    /// </summary>
    internal static bool EndsWithIgnoreCase(ReadOnlySpan<char> tail, ReadOnlySpan<char> phrase)
    {
        if (tail.Length >= phrase.Length && IsPlainVietnamese(phrase) && IsPlainVietnamese(tail[^phrase.Length..]))
        {
            return tail[^phrase.Length..].Equals(phrase, StringComparison.OrdinalIgnoreCase);
        }

        return tail.EndsWith(phrase, StringComparison.InvariantCultureIgnoreCase);
    }

    /// <summary>Letters Vietnamese writes (ASCII and precomposed, both cases) and the space.</summary>
    internal static readonly System.Buffers.SearchValues<char> PlainVietnamese = System.Buffers.SearchValues.Create(
        [' ', .. "abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
            .SelectMany(c => new[] { c, char.ToUpperInvariant(c) })]);

    private static bool IsPlainVietnamese(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(PlainVietnamese);

    /// <summary>Index of the <paramref name="n"/>-th space of <paramref name="text"/> (there are at least that many).</summary>
    private static int SpaceIndex(string text, int n)
    {
        var index = -1;
        for (var k = 0; k < n; k++)
        {
            index = text.IndexOf(' ', index + 1);
        }

        return index;
    }
}
