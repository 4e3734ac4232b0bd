namespace CchcPublisher.Speech.Tokens;

/// <summary>
/// Splits written text into <see cref="SpeechToken"/>s in one linear scan. Letters are the Latin ranges
/// Vietnamese uses, precomposed (a combining mark, another script or a digit is <see cref="SpeechTokenKind.Other"/>),
/// so a word token is already in the form the cleanup would give it.
/// </summary>
internal static class SpeechTokenizer
{
    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="tokens"/> (at least text.Length long); returns their count.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<SpeechToken> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (IsLetter(c))
            {
                do
                {
                    i++;
                }
                while (i < text.Length && IsLetter(text[i]));
                tokens[count++] = new SpeechToken(SpeechTokenKind.Word, start, i - start);
            }
            else if (IsSpace(c))
            {
                var newline = false;
                do
                {
                    newline |= text[i] == '\n';
                    i++;
                }
                while (i < text.Length && IsSpace(text[i]));
                tokens[count++] = new SpeechToken(SpeechTokenKind.Space, start, i - start, newline);
            }
            else if (c is '.' or ',' or ';' or ':' or '!' or '?')
            {
                i++;
                tokens[count++] = new SpeechToken(SpeechTokenKind.Punctuation, start, 1);
            }
            else
            {
                do
                {
                    i++;
                }
                while (i < text.Length && !IsLetter(text[i]) && !IsSpace(text[i]) && text[i] is not ('.' or ',' or ';' or ':' or '!' or '?'));
                tokens[count++] = new SpeechToken(SpeechTokenKind.Other, start, i - start);
            }
        }

        return count;
    }

    /// <summary>
    /// ASCII letters, the letters of Latin-1 and the precomposed letters Vietnamese writes (ă đ ĩ ũ ơ ư and the
    /// tone-marked vowels of Latin Extended Additional). Everything else (digraphs, other scripts) is left to the
    /// passes, which clean it up.
    /// </summary>
    public static bool IsLetter(char c) =>
        char.IsAsciiLetter(c)
        || (c is >= '\u00C0' and <= '\u00FF' && c is not ('\u00D7' or '\u00F7'))
        || c is '\u0102' or '\u0103' or '\u0110' or '\u0111' or '\u0128' or '\u0129' or '\u0168' or '\u0169'
            or '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0'
        || c is >= '\u1EA0' and <= '\u1EF9';

    /// <summary>
    /// <see cref="char.IsUpper(char)"/>, with the letters of <see cref="IsLetter"/> decided without a table look-up
    /// (ASCII, Latin-1 À–Þ, and the even code points of the Vietnamese pairs: Ă/ă, Đ/đ, Ạ/ạ…).
    /// </summary>
    public static bool IsUpper(char c) => c switch
    {
        <= '\u007F' => char.IsAsciiLetterUpper(c),
        <= '\u00FF' => c is >= '\u00C0' and <= '\u00DE' and not '\u00D7',
        '\u0102' or '\u0110' or '\u0128' or '\u0168' or '\u01A0' or '\u01AF' => true,
        '\u0103' or '\u0111' or '\u0129' or '\u0169' or '\u01A1' or '\u01B0' => false,
        >= '\u1EA0' and <= '\u1EF9' => (c & 1) == 0,
        _ => char.IsUpper(c),
    };

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
