using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Tokens;

namespace CchcPublisher.UnitTests.Speech.Tokens;

/// <summary>
/// The tokenizer counts each word's capitals on the way (up to 2) so that <see cref="PlainWords"/> does not read the word
/// again: the count must be what the word's own letters say.
/// </summary>
public sealed class SpeechTokenizerTests
{
    [Fact]
    public void Tokenize_RandomText_WordCapitalsAreTheWordsUpperCaseLettersUpToTwo()
    {
        var random = new Random(5);
        var alphabet = "aAbBĐđƯưỆệÂâ  ,.:1/-ỹỸIVXivx\n".ToCharArray();
        var plain = PlainWords.For(SpeechLexiconLoader.BuiltIn);
        for (var n = 0; n < 2000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var tokens = new SpeechToken[text.Length];
            var count = SpeechTokenizer.Tokenize(text, tokens);
            foreach (var token in tokens.AsSpan(0, count))
            {
                var word = text.AsSpan(token.Start, token.Length);
                if (token.Kind != SpeechTokenKind.Word)
                {
                    Assert.Equal(0, token.Capitals);
                    continue;
                }

                var upper = 0;
                foreach (var c in word)
                {
                    upper += char.IsUpper(c) ? 1 : 0;
                }

                Assert.Equal(Math.Min(upper, 2), token.Capitals);
                Assert.Equal(plain.IsPlain(word), plain.IsPlain(word, token.Capitals));
            }
        }
    }
}
