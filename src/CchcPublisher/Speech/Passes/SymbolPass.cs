using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// The last pass: symbols become words or pauses and everything an engine could misread goes. "&amp;" → "và",
/// "%" → "phần trăm", "@" → "a còng", "/" between words → a rate ("đồng/người" → "đồng một người", "tạ/ha" → "tạ trên héc ta")
/// or a pause ("nam/nữ" → "nam, nữ"), never "hoặc"; brackets and dashes between words →
/// commas, list markers ("- ", "a) ") and quotes are dropped, ellipses become "vân vân" or a pause. Any
/// digit still left is read as a cardinal (safety net); any other character outside letters and
/// . , ; : ! ? is removed. Spaces and punctuation are tidied.
/// </summary>
internal sealed partial class SymbolPass : ISpeechPass
{
    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("()[]{}");
    private static readonly System.Buffers.SearchValues<char> SpokenSymbols = System.Buffers.SearchValues.Create("&%@+=°");
    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create(".,;:!?");
    private static readonly System.Buffers.SearchValues<char> LeadingMarks = System.Buffers.SearchValues.Create(",;:.");

    /// <summary>Per character up to the Vietnamese letters: kept by <see cref="OtherSymbolRegex"/> (see <see cref="IsOtherSymbol"/>).</summary>
    private static readonly bool[] KeptBelow = [.. Enumerable.Range(0, 0x1F00).Select(i => !IsOtherSymbol((char)i))];

    /// <summary>
    /// Every step but the tidying needs a character other than a letter, white space or . , ; : ! ? (the steps' own
    /// characters, digits, what <see cref="OtherSymbolRegex"/> removes) or "..": "." before a mark, which
    /// <see cref="TextTrait.MayNeedTidying"/> holds, as it holds whatever <see cref="Tidy"/> changes (white space at an end
    /// included, for the final trim).
    /// </summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.OtherCharacter | TextTrait.MayNeedTidying) || traits.HasAny(Symbols);

    /// <summary>ASCII characters that are not letters, white space or . , ; : ! ? (digits and controls included).</summary>
    private static readonly UInt128 Symbols = TextTraits.Mask(new string([.. Enumerable.Range(0, 128).Select(c => (char)c)
        .Where(c => !char.IsAsciiLetter(c) && !char.IsWhiteSpace(c) && c is not ('.' or ',' or ';' or ':' or '!' or '?'))]));

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (HasListMarker(text))
        {
            text = ListMarkerRegex().Replace(text, "$1");
        }

        // Each step runs only when its character is in the text: most steps find nothing in most texts.
        if (text.Contains("..", StringComparison.Ordinal))
        {
            text = EtceteraRegex().Replace(text, " vân vân.");
            text = EllipsisBeforeLowerRegex().Replace(text, ", ");
            text = EllipsisRegex().Replace(text, ".");
        }

        if (text.Contains('+', StringComparison.Ordinal))
        {
            text = InlineBulletRegex().Replace(text, ". ");
        }

        if (text.AsSpan().IndexOfAny(SpokenSymbols) >= 0)
        {
            text = WithSpokenSymbols(text);
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            text = SlashBetweenWordsRegex().Replace(text, m => RateWords.AfterSlash(m.Groups["per"].Value));
        }

        if (text.Contains('-', StringComparison.Ordinal))
        {
            text = WithoutDashes(text);
        }

        if (text.AsSpan().IndexOfAny(Brackets) >= 0)
        {
            text = WithoutBrackets(text);
        }

        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            text = DigitRuns.ReadAsCardinals(text, context, DigitRunSpacing.BothSides);
        }

        if (HasOtherSymbol(text))
        {
            text = OtherSymbolRegex().Replace(text, " ");
        }

        return Tidy(text);
    }

    /// <summary>
    /// Each of &amp; % @ + = ° as its word, in one scan (the words hold none of these characters, so this is the same as
    /// replacing them one after the other).
    /// </summary>
    private static string WithSpokenSymbols(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 32);
        var copied = 0;
        for (var i = text.AsSpan().IndexOfAny(SpokenSymbols); i >= 0; i = text.AsSpan(copied).IndexOfAny(SpokenSymbols) is var k and >= 0 ? copied + k : -1)
        {
            builder.Append(text, copied, i - copied).Append(text[i] switch
            {
                '&' => " và ",
                '%' => " phần trăm",
                '@' => " a còng ",
                '+' => " cộng ",
                '=' => " bằng ",
                _ => " độ ",
            });
            copied = i + 1;
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Each step runs only when the text has what its pattern matches (<see cref="TextChecks"/>).</summary>
    private static string Tidy(string text)
    {
        // Most windows need none of the steps: one scan says so (it is true whenever one of the step's tests is).
        if (!MayNeedTidying(text))
        {
            return text.Trim();
        }

        if (TextChecks.HasIrregularSpace(text))
        {
            text = OneSpace(text);
        }

        if (TextChecks.AnyAfterHorizontalSpace(text, Punctuation))
        {
            text = WithoutSpaceBeforePunctuation(text);
        }

        if (TextChecks.RepeatedMark(text, Punctuation))
        {
            text = WithStrongestOfRepeatedPunctuation(text);
        }

        if (TextChecks.AnyBeforeLetter(text, Punctuation))
        {
            text = WithSpaceAfterPunctuation(text);
        }

        if (TextChecks.LineStartsWith(text, LeadingMarks))
        {
            text = LeadingPunctuationRegex().Replace(text, "$1");
        }

        if (TextChecks.MarkAtLineEnd(text, ','))
        {
            text = TrailingCommaRegex().Replace(text, string.Empty);
        }

        if (TextChecks.HasIrregularSpace(text))
        {
            text = OneSpace(text);
        }

        if (TextChecks.HasSpaceBeforeNewline(text))
        {
            text = WithoutSpaceBeforeNewlines(text);
        }

        return text.Trim();
    }

    /// <summary>
    /// Dashes (was <c>\s+-+\s*|\s*-+\s+|^-+|-+$</c> with <c>Multiline</c> → ", ", then <c>-+</c> → " "): a dash with white
    /// space on at least one side, at a line start or at the end is a pause ("kinh tế - xã hội" → "kinh tế, xã hội", the
    /// white space around it included); a tight one joins words ("e-mail" → "e mail").
    /// </summary>
    internal static string WithoutDashes(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 16);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var j = TextChecks.SkipSpace(text, i);
                if (j < n && text[j] == '-')
                {
                    builder.Append(", ");
                    i = TextChecks.SkipSpace(text, SkipDashes(text, j));
                    continue;
                }

                builder.Append(text, i, j - i);
                i = j;
                continue;
            }

            if (c != '-')
            {
                builder.Append(c);
                i++;
                continue;
            }

            var end = SkipDashes(text, i);
            if (end == n || char.IsWhiteSpace(text[end]) || i == 0 || text[i - 1] == '\n')
            {
                builder.Append(", ");
                i = TextChecks.SkipSpace(text, end);
                continue;
            }

            builder.Append(' ');
            i = end;
        }

        return builder.ToString();
    }

    /// <summary>Each bracket with the white space around it as a pause (was <c>\s*[()\[\]{}]\s*</c> → ", ").</summary>
    internal static string WithoutBrackets(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 16);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var j = TextChecks.SkipSpace(text, i);
                if (j < n && Brackets.Contains(text[j]))
                {
                    builder.Append(", ");
                    i = TextChecks.SkipSpace(text, j + 1);
                    continue;
                }

                builder.Append(text, i, j - i);
                i = j;
                continue;
            }

            if (Brackets.Contains(c))
            {
                builder.Append(", ");
                i = TextChecks.SkipSpace(text, i + 1);
                continue;
            }

            builder.Append(c);
            i++;
        }

        return builder.ToString();
    }

    /// <summary>Horizontal white space just before . , ; : ! ? removed (was <c>[^\S\n]+([.,;:!?])</c> → "$1").</summary>
    internal static string WithoutSpaceBeforePunctuation(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            if (!TextChecks.IsHorizontalSpace(text[i]))
            {
                builder.Append(text[i]);
                i++;
                continue;
            }

            var j = i + 1;
            while (j < n && TextChecks.IsHorizontalSpace(text[j]))
            {
                j++;
            }

            if (j == n || !Punctuation.Contains(text[j]))
            {
                builder.Append(text, i, j - i);
            }

            i = j;
        }

        return builder.ToString();
    }

    /// <summary>
    /// A run of marks, white space between them allowed, as its strongest mark (was
    /// <c>[.,;:!?](?:\s*[.,;:!?])+</c> → <see cref="Strongest"/>).
    /// </summary>
    internal static string WithStrongestOfRepeatedPunctuation(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            if (!Punctuation.Contains(text[i]))
            {
                builder.Append(text[i]);
                i++;
                continue;
            }

            var end = i + 1;
            for (var next = TextChecks.SkipSpace(text, end); next < n && Punctuation.Contains(text[next]); next = TextChecks.SkipSpace(text, end))
            {
                end = next + 1;
            }

            if (end == i + 1)
            {
                builder.Append(text[i]);
            }
            else
            {
                builder.Append(Strongest(text[i..end]));
            }

            i = end;
        }

        return builder.ToString();
    }

    /// <summary>A space after . , ; : ! ? when a letter follows it directly (was <c>([.,;:!?])(?=\p{L})</c> → "$1 ").</summary>
    internal static string WithSpaceAfterPunctuation(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(text[i]);
            if (Punctuation.Contains(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static int SkipDashes(string text, int i)
    {
        while (i < text.Length && text[i] == '-')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether one of <see cref="Tidy"/>'s tests can hold, in one scan: horizontal white space other than one plain space
    /// before a letter or other character (<see cref="TextChecks.HasIrregularSpace"/>, <see cref="TextChecks.AnyAfterHorizontalSpace"/>,
    /// <see cref="TextChecks.HasSpaceBeforeNewline"/>), a mark before a letter, another mark after white space, "," at a
    /// line end (<see cref="TextChecks.AnyBeforeLetter"/>, <see cref="TextChecks.RepeatedMark"/>, <see cref="TextChecks.MarkAtLineEnd"/>),
    /// or a line that opens with one of , ; : . (<see cref="TextChecks.LineStartsWith"/>). False means all of them are false.
    /// </summary>
    internal static bool MayNeedTidying(string text)
    {
        var n = text.Length;
        var lineStart = true;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (lineStart)
            {
                lineStart = false;
                var j = i;
                while (j < n && text[j] != '\n' && SpeechText.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                if (j < n && LeadingMarks.Contains(text[j]))
                {
                    return true;
                }
            }

            if (c == '\n')
            {
                lineStart = true;
                continue;
            }

            if (SpeechText.IsWhiteSpace(c))
            {
                // Not one plain space, or one before a space, a line feed or a mark.
                if (c != ' ' || (i + 1 < n && (SpeechText.IsWhiteSpace(text[i + 1]) || Punctuation.Contains(text[i + 1]))))
                {
                    return true;
                }

                continue;
            }

            if (!Punctuation.Contains(c))
            {
                continue;
            }

            if (i + 1 < n && char.IsLetter(text[i + 1]))
            {
                return true;
            }

            var k = i + 1;
            while (k < n && SpeechText.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k < n && Punctuation.Contains(text[k]))
            {
                return true;
            }

            if (c == ',')
            {
                k = i + 1;
                while (k < n && text[k] != '\n' && SpeechText.IsWhiteSpace(text[k]))
                {
                    k++;
                }

                if (k == n || text[k] == '\n')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Each run of horizontal white space (<c>[^\S\n]+</c>) as one space.</summary>
    private static string OneSpace(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!TextChecks.IsHorizontalSpace(text[i]))
            {
                builder.Append(text[i]);
                continue;
            }

            builder.Append(' ');
            while (i + 1 < text.Length && TextChecks.IsHorizontalSpace(text[i + 1]))
            {
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text without the horizontal white space that ends a line (<c>[^\S\n]+(?=\n)</c>).</summary>
    private static string WithoutSpaceBeforeNewlines(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        for (var newline = text.IndexOf('\n', StringComparison.Ordinal); newline >= 0; newline = text.IndexOf('\n', newline + 1))
        {
            var start = newline;
            while (start > copied && TextChecks.IsHorizontalSpace(text[start - 1]))
            {
                start--;
            }

            if (start < newline)
            {
                builder.Append(text, copied, start - copied);
                copied = newline;
            }
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>What <see cref="ListMarkerRegex"/> needs: a line opening, after spaces, with "-", "+" or "*" and a space, or with "a)".</summary>
    private static bool HasListMarker(string text)
    {
        for (var start = 0; start >= 0 && start < text.Length; start = text.IndexOf('\n', start) is var k and >= 0 ? k + 1 : -1)
        {
            var i = start;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i + 1 < text.Length && (text[i] is '-' or '+' or '*' ? text[i + 1] == ' ' : text[i] is (>= 'a' and <= 'z') or 'đ' && text[i + 1] == ')'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <see cref="OtherSymbolRegex"/> has something to remove: a character that is not a letter, a mark, white
    /// space or one of . , ; : ! ? (ASCII letters, space and line feed are tested first: they are most of a text).
    /// </summary>
    private static bool HasOtherSymbol(string text)
    {
        foreach (var c in text)
        {
            if (c < KeptBelow.Length ? !KeptBelow[c] : IsOtherSymbol(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The character class <see cref="OtherSymbolRegex"/> removes: not a letter, a mark, white space or . , ; : ! ?</summary>
    private static bool IsOtherSymbol(char c) =>
        !(char.IsLetter(c) || char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?'
            || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark);


    /// <summary>Of a run like ", ." or ".,", keep the strongest mark: ! ? . ; : ,</summary>
    private static string Strongest(string run)
    {
        foreach (var mark in "!?.;:,")
        {
            if (run.Contains(mark, StringComparison.Ordinal))
            {
                return mark.ToString();
            }
        }

        return run;
    }

    // "- item", "+ item", "* item", "a) item", "đ) item" at the start of a line.
    [GeneratedRegex(@"(?m)(^[ ]*)(?:[-+*][ ]+|[a-zđ]\)[ ]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarkerRegex();

    // A list marker that ended up inside a line (text pasted from a PDF): " + Ủy ban…".
    [GeneratedRegex(@"[^\S\n]+\+[^\S\n]+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex InlineBulletRegex();

    [GeneratedRegex(@",\s*\.{3,}\s*", RegexOptions.CultureInvariant)]
    private static partial Regex EtceteraRegex();

    [GeneratedRegex(@"\s*\.{2,}\s*(?=[\p{Ll}])", RegexOptions.CultureInvariant)]
    private static partial Regex EllipsisBeforeLowerRegex();

    [GeneratedRegex(@"\.{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EllipsisRegex();

    [GeneratedRegex(@"(?<=\p{L})\s*/\s*(?<per>\p{L}+\d?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashBetweenWordsRegex();


    [GeneratedRegex(@"[^\p{L}\p{M}\s.,;:!?]", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSymbolRegex();



    [GeneratedRegex(@"(?m)(^|\n)[^\S\n]*[,;:.]+[^\S\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPunctuationRegex();

    [GeneratedRegex(@"(?m),[^\S\n]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCommaRegex();

}
