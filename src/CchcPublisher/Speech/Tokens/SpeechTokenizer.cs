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
                // The capitals are counted on the way: one table read per letter says both whether it is one and whether
                // it is upper case.
                var capitals = 0;
                var cls = Classes[c];
                do
                {
                    capitals += (cls & UpperBit) != 0 ? 1 : 0;
                    i++;
                    cls = i < text.Length && text[i] < Classes.Length ? Classes[text[i]] : (byte)0;
                }
                while ((cls & LetterBit) != 0);
                tokens[count++] = new SpeechToken(SpeechTokenKind.Word, start, i - start, Capitals: (byte)Math.Min(capitals, 2));
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
    public static bool IsLetter(char c) => c < Classes.Length && (Classes[c] & LetterBit) != 0;

    /// <summary>
    /// <see cref="char.IsUpper(char)"/>, read from the same table as <see cref="IsLetter"/> for the characters up to the
    /// Vietnamese vowels (one array load instead of a Unicode category look-up).
    /// </summary>
    public static bool IsUpper(char c) => c < Classes.Length ? (Classes[c] & UpperBit) != 0 : char.IsUpper(c);

    private const byte LetterBit = 1;
    private const byte UpperBit = 2;

    /// <summary>Per character up to U+1EFF (the last Vietnamese letter is U+1EF9): whether it is a letter here, and upper case.</summary>
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[0x1F00];
        for (var i = 0; i < classes.Length; i++)
        {
            var c = (char)i;
            classes[i] = (byte)((IsVietnameseLetter(c) ? LetterBit : 0) | (char.IsUpper(c) ? UpperBit : 0));
        }

        return classes;
    }

    private static bool IsVietnameseLetter(char c) =>
        char.IsAsciiLetter(c)
        || (c is >= '\u00C0' and <= '\u00FF' && c is not ('\u00D7' or '\u00F7'))
        || c is '\u0102' or '\u0103' or '\u0110' or '\u0111' or '\u0128' or '\u0129' or '\u0168' or '\u0169'
            or '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0'
        || c is >= '\u1EA0' and <= '\u1EF9';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
