using System.Runtime.CompilerServices;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Tokens;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Where a key of the lexicon's abbreviations with fewer than two capitals can start, for <see cref="TextTraits"/>. A key
/// found by <see cref="AbbreviationPass"/> at a token start spells, from there, its first run of letters
/// (<see cref="SpeechTokenizer.IsLetter"/>) and then no further letter, so the word of the text there <em>is</em> that
/// run: "v" for "v/v", "Zalo", "Cổng" for "Cổng TTĐT". A key with two capitals or more in that run needs a word with
/// two capitals (<see cref="TextTrait.TwoCapitalsInWord"/>); a key that starts with another character needs that character.
/// Built once per lexicon.
/// </summary>
internal sealed class LexiconKeyWords
{
    private static readonly ConditionalWeakTable<SpeechLexicon, LexiconKeyWords> Cache = [];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>Per first letter (all below U+1F00): the lengths of the words in <see cref="_words"/>, as bits (63 for 63 and more).</summary>
    private readonly ulong[] _lengths = new ulong[0x1F00];

    /// <summary>First characters of keys that do not start with a letter (below U+2000; others in <see cref="_otherStarts"/>).</summary>
    private readonly bool[] _starts = new bool[0x2000];
    private readonly HashSet<char> _otherStarts = [];

    private LexiconKeyWords(SpeechLexicon lexicon)
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
                if (key[0] < _starts.Length)
                {
                    _starts[key[0]] = true;
                }
                else
                {
                    _otherStarts.Add(key[0]);
                }

                continue;
            }

            var run = 0;
            var capitals = 0;
            while (run < key.Length && SpeechTokenizer.IsLetter(key[run]))
            {
                capitals += SpeechTokenizer.IsUpper(key[run]) ? 1 : 0;
                run++;
            }

            if (capitals < 2)
            {
                words.Add(key[..run]);
                _lengths[key[0]] |= 1UL << Math.Min(run, 63);
            }
        }

        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static LexiconKeyWords For(SpeechLexicon lexicon) => Cache.GetValue(lexicon, static l => new LexiconKeyWords(l));

    /// <summary>Whether <paramref name="c"/>, not a letter, starts a key.</summary>
    public bool StartsKey(char c) => c < _starts.Length ? _starts[c] : _otherStarts.Count > 0 && _otherStarts.Contains(c);

    /// <summary>Whether <paramref name="word"/>, a whole run of letters, is the first run of letters of a key with fewer than two capitals.</summary>
    public bool MayBeKeyWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && word[0] < _lengths.Length && (_lengths[word[0]] & (1UL << Math.Min(word.Length, 63))) != 0
            && _words.Contains(word);
}
