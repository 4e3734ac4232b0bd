using System.Runtime.CompilerServices;
using CchcPublisher.Speech.Lexicon;

namespace CchcPublisher.Speech.Tokens;

/// <summary>
/// Decides whether a word token is read exactly as written: at most one capital (so not an acronym), not a
/// Roman numeral ("I", "V", "X"… in capitals; "ii", "iv"… in lower case), and not a written form the lexicon
/// knows ("Zalo", "vnđ", "tr." …). Built once per lexicon.
/// </summary>
internal sealed class PlainWords
{
    private static readonly ConditionalWeakTable<SpeechLexicon, PlainWords> Cache = [];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lexiconWords;

    /// <summary>
    /// One bit per (first letter, last letter, length) of the lexicon's words, hashed into 65,536 bits: a word whose bit
    /// is clear is not one of them, so most words of a text are never looked up in the set.
    /// </summary>
    private readonly ulong[] _lexiconShapes = new ulong[1024];
    private readonly bool[] _punctuationStartsKey = new bool[128];

    private PlainWords(SpeechLexicon lexicon)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in lexicon.Abbreviations.Keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            if (!SpeechTokenizer.IsLetter(key[0]))
            {
                if (key[0] < 128)
                {
                    _punctuationStartsKey[key[0]] = true;
                }

                continue;
            }

            var run = 1;
            while (run < key.Length && SpeechTokenizer.IsLetter(key[run]))
            {
                run++;
            }

            // "v/v", "e-mail", "v.v": the character after the first letters is already read by the passes, so the
            // word alone is plain. "tr.", "Cổng TTĐT", "Zalo": the word itself may start a key.
            var next = run < key.Length ? key[run] : '\0';
            var gluedSymbol = next != '\0' && next != ' ' && (next is not ('.' or ',' or ';' or ':' or '!' or '?') || run + 1 < key.Length);
            if (!gluedSymbol)
            {
                words.Add(key[..run]);
            }
        }

        _lexiconWords = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            var shape = Shape(word);
            _lexiconShapes[shape >> 6] |= 1UL << shape;
        }
    }

    public static PlainWords For(SpeechLexicon lexicon) => Cache.GetValue(lexicon, static l => new PlainWords(l));

    /// <summary>Whether the punctuation mark <paramref name="c"/> can start a lexicon key (then it is never plain).</summary>
    public bool StartsKey(char c) => c < 128 && _punctuationStartsKey[c];

    public bool IsPlain(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (SpeechTokenizer.IsUpper(c) && ++capitals > 1)
            {
                return false;
            }
        }

        return IsPlain(word, capitals);
    }

    /// <summary><see cref="IsPlain(ReadOnlySpan{char})"/> of a word whose capitals are already counted (by the tokenizer, up to 2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPlain(ReadOnlySpan<char> word, int capitals)
    {
        if (capitals > 1)
        {
            return false;
        }

        if (word.Length == 1)
        {
            if (word[0] is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')
            {
                return false;
            }
        }
        else if (word.Length <= 4 && IsLowerRoman(word))
        {
            return false;
        }

        var shape = Shape(word);
        return (_lexiconShapes[shape >> 6] & (1UL << shape)) == 0 || !_lexiconWords.Contains(word);
    }

    /// <summary>A 16-bit hash of the word's first and last letters and its length (for <see cref="_lexiconShapes"/>).</summary>
    private static int Shape(ReadOnlySpan<char> word) => ((word[0] * 0x9E37) ^ (word[^1] * 0x85EB) ^ (word.Length * 0x2F1B)) & 0xFFFF;

    private static bool IsLowerRoman(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not ('i' or 'v' or 'x'))
            {
                return false;
            }
        }

        return true;
    }
}
