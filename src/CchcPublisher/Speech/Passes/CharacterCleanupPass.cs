using System.Text;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Unicode NFC and typographic clean-up: non-breaking and zero-width spaces, curly quotes, dashes, bullets,
/// tabs, the end-of-document mark "./.", so that later passes see one spelling of each character. Digits of
/// other scripts and number forms ("١٢٣", "Ⅻ", "½", "①") become ASCII digits, Roman letters or "1/2", so that
/// every later <c>\d</c> is 0–9.
/// </summary>
internal sealed partial class CharacterCleanupPass : ISpeechPass
{
    /// <summary>Not <see cref="IsClean"/>: a control character, a character outside ASCII and the letters, two spaces or "./.".</summary>
    public bool MayChange(TextTraits traits) =>
        traits.Has(TextTrait.OtherCharacter | TextTrait.DoubleSpace | TextTrait.DotSlashDot) || traits.HasAny(Controls);

    private static readonly UInt128 Controls = TextTraits.Mask(new string([.. Enumerable.Range(0, 32).Where(c => c != '\n').Select(c => (char)c), '\u007F']));

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in MayNeedComposition(text) ? text.Normalize(NormalizationForm.FormC) : text)
        {
            switch (c)
            {
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\t' or '\u3000':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB':
                    builder.Append('"');
                    break;
                case '\u2018' or '\u2019' or '\u201A':
                    builder.Append('\'');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                    builder.Append('-');
                    break;
                case '\u2026':
                    builder.Append("...");
                    break;
                case '\u00B2':
                    builder.Append('2');
                    break;
                case '\u00B3':
                    builder.Append('3');
                    break;
                case '\u2022' or '\u25AA' or '\u25CF' or '\u25E6' or '\u25A0' or '\u25A1' or '\u25BA' or '\u27A2' or '\u2713' or '\u2714' or '\u2756' or '\u00B7':
                    builder.Append(' ');
                    break;
                case '\r':
                    break;
                case '\u2044':
                    builder.Append('/');
                    break;
                default:
                    AppendNumberOrChar(builder, c);
                    break;
            }
        }

        var cleaned = EndOfDocumentRegex().Replace(builder.ToString(), ".");
        return SpacesRegex().Replace(cleaned, " ");
    }

    /// <summary>
    /// Nothing to clean: only printable ASCII, line feeds and precomposed letters (<see cref="Tokens.SpeechTokenizer.IsLetter"/>:
    /// already NFC, as no combining mark follows them), no "./." and no two spaces in a row. Most text is so.
    /// </summary>
    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' and not '\n' || (c > '~' && !Tokens.SpeechTokenizer.IsLetter(c)))
            {
                return false;
            }
        }

        return !text.Contains("./.", StringComparison.Ordinal) && !text.Contains("  ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether NFC could change the text: some character from U+0300 on that is neither a precomposed letter nor
    /// general punctuation (U+2002–U+206F: dashes, quotes, "…", spaces, none of which composes or decomposes).
    /// Below U+0300 every character is already composed and only a combining mark (U+0300 on) composes with it.
    /// </summary>
    private static bool MayNeedComposition(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && !Tokens.SpeechTokenizer.IsLetter(c) && c is not (>= '\u2002' and <= '\u206F'))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendNumberOrChar(StringBuilder builder, char c)
    {
        if (char.IsAsciiDigit(c) || !char.IsNumber(c))
        {
            builder.Append(c);
            return;
        }

        // Compatibility decomposition turns number forms into plain characters (Ⅻ → XII, ½ → 1⁄2, ① → 1).
        var decomposed = c.ToString().Normalize(NormalizationForm.FormKC);
        foreach (var d in decomposed)
        {
            if (char.IsAsciiDigit(d) || !char.IsNumber(d))
            {
                builder.Append(d == '\u2044' ? '/' : d);
            }
            else if (char.GetNumericValue(d) is >= 0 and <= 9 and var value && value == Math.Floor(value))
            {
                builder.Append((char)('0' + (int)value));
            }
        }
    }

    [GeneratedRegex(@"\./\.")]
    private static partial Regex EndOfDocumentRegex();

    [GeneratedRegex(@"[ ]{2,}")]
    private static partial Regex SpacesRegex();
}
