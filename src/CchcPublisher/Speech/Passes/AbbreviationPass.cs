using System.Runtime.CompilerServices;
using CchcPublisher.Content.Text;
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
        var trie = Cache.GetValue(context.Lexicon, static lexicon => new KeyTrie(lexicon.Abbreviations));
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

            // Most words that start like a key are no key ("Thực" for "TT…"): the trie's walk finds none. The chain's
            // parts are listed only once it is found.
            var end = Chain(text, i, trie, [], 0, out var count);
            if (end < 0)
            {
                i++;
                continue;
            }

            var spoken = Spoken(text, i, trie, count);

            // "BĐ1" (báo động một): a number glued to an abbreviation is read after it.
            var gluedNumber = end < text.Length && char.IsAsciiDigit(text[end]);
            var repeated = RepeatedWords(text.AsSpan(Math.Max(0, i - TextWindow.Length), Math.Min(i, TextWindow.Length)), spoken);
            builder ??= StringBuilderCache.Acquire(text.Length + 64);
            builder.Append(text, copied, i - copied).Append(spoken, repeated, spoken.Length - repeated);
            if (gluedNumber)
            {
                builder.Append(' ');
            }

            copied = end;
            i = end;
        }

        return builder is null ? text : StringBuilderCache.ToStringAndRelease(builder.Append(text, copied, text.Length - copied));
    }

    /// <summary>Parts of a chain listed on the stack; a longer chain's in an array.</summary>
    private const int PartsOnStack = 8;

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, with the letters Vietnamese writes and ASCII decided by table.</summary>
    private static bool IsLetterOrDigit(char c) =>
        Tokens.SpeechTokenizer.IsLetter(c) || char.IsAsciiDigit(c) || (c > '\u007F' && char.IsLetterOrDigit(c));

    /// <summary>
    /// End of the longest chain of keys from <paramref name="start"/> that ends a token, or -1. The chain's entries are
    /// written into <paramref name="parts"/> from <paramref name="depth"/> on (those that fit), and
    /// <paramref name="count"/> is <paramref name="depth"/> plus the chain's length (0 when there is none).
    /// </summary>
    private static int Chain(string text, int start, KeyTrie trie, Span<int> parts, int depth, out int count)
    {
        for (var entry = trie.Longest(text, start, int.MaxValue); entry >= 0; entry = trie.Longest(text, start, trie.Keys[entry].Length - 1))
        {
            var end = start + trie.Keys[entry].Length;
            if (end + 1 < text.Length && text[end] is '-' or '&')
            {
                var restEnd = Chain(text, end + 1, trie, parts, depth + 1, out count);
                if (restEnd >= 0)
                {
                    Record(parts, depth, entry);
                    return restEnd;
                }
            }

            if (EndsToken(text, end))
            {
                Record(parts, depth, entry);
                count = depth + 1;
                return end;
            }
        }

        count = 0;
        return -1;
    }

    private static void Record(Span<int> parts, int depth, int entry)
    {
        if (depth < parts.Length)
        {
            parts[depth] = entry;
        }
    }

    /// <summary>
    /// The expansions of the parts of the chain of <paramref name="count"/> keys at <paramref name="start"/>, joined as its
    /// joiners say: "&amp;" → " và ", "-" → ", " (the joiner of each part is the character after its key).
    /// </summary>
    private static string Spoken(string text, int start, KeyTrie trie, int count)
    {
        Span<int> parts = count <= PartsOnStack ? stackalloc int[PartsOnStack] : new int[count];
        parts = parts[..count];
        Chain(text, start, trie, parts, 0, out _);
        if (parts.Length == 1)
        {
            return trie.Values[parts[0]];
        }

        var spoken = new System.Text.StringBuilder(trie.Values[parts[0]]);
        var joiner = start;
        for (var p = 1; p < parts.Length; p++)
        {
            joiner += trie.Keys[parts[p - 1]].Length;
            spoken.Append(text[joiner] == '&' ? " và " : ", ").Append(trie.Values[parts[p]]);
            joiner++;
        }

        return spoken.ToString();
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

    /// <summary>
    /// How many leading characters of <paramref name="expansion"/> to drop: its leading words (two or more) that end
    /// <paramref name="before"/>, with the space after them; 0 when none.
    /// </summary>
    private static int RepeatedWords(ReadOnlySpan<char> before, string expansion)
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
                return end + 1;
            }
        }

        return 0;
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
