using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.UnitTests.Speech.Scripts;

/// <summary>
/// The sentence splitter and the syllable counter are loops since 2026-12-04; they must give exactly what the
/// regular expressions they replaced gave (kept here as the reference), on real and on random text.
/// </summary>
public sealed partial class SentenceSplitterTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Speech", "Seeds");

    [Theory]
    [InlineData("Một. Hai! Ba? Bốn", new[] { "Một.", "Hai!", "Ba?", "Bốn." })]
    [InlineData("Dòng một\nDòng hai", new[] { "Dòng một.", "Dòng hai." })]
    [InlineData("Số 3.5 vẫn là một câu", new[] { "Số 3.5 vẫn là một câu." })]
    [InlineData("  \n . \n Chữ ,  ", new[] { "Chữ." })]
    [InlineData("", new string[0])]
    public void Split_Examples(string text, string[] expected) => Assert.Equal(expected, SentenceSplitter.Split(text));

    [Fact]
    public void Split_SeedPlansAndRandomText_SameAsTheRegularExpression()
    {
        foreach (var text in Texts())
        {
            Assert.Equal(ReferenceSplit(text), SentenceSplitter.Split(text));
        }
    }

    [Fact]
    public void CountSyllables_SeedPlansAndRandomText_SameAsTheRegularExpression()
    {
        foreach (var text in Texts())
        {
            Assert.Equal(LetterRunRegex().Count(text), SpeechText.CountSyllables(text));
        }
    }

    [Fact]
    public void WhiteSpaceAndLetters_RegexClassesAreTheCharMethods()
    {
        // The loops rely on \s being char.IsWhiteSpace and \p{L} being char.IsLetter for every UTF-16 unit.
        for (var c = char.MinValue; ; c++)
        {
            var text = c.ToString();
            Assert.Equal(WhiteSpaceRegex().IsMatch(text), char.IsWhiteSpace(c));
            Assert.Equal(LetterRunRegex().IsMatch(text), char.IsLetter(c));
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    private static IEnumerable<string> Texts()
    {
        var seeds = Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray();
        foreach (var seed in seeds)
        {
            yield return seed;
        }

        string[] pieces = ["a", "Ư", "ệ", "1", ".", "!", "?", ",", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\u3000", "\u0085", "\f", "\v", "…", "-", "\u0301", "𝐀"];
        var random = new Random(1213);
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            if (n % 3 == 0)
            {
                var seed = seeds[random.Next(seeds.Length)];
                var start = random.Next(seed.Length);
                builder.Append(seed, start, Math.Min(seed.Length - start, random.Next(1, 400)));
            }

            var count = random.Next(0, 60);
            for (var i = 0; i < count; i++)
            {
                builder.Insert(random.Next(builder.Length + 1), pieces[random.Next(pieces.Length)]);
            }

            yield return builder.ToString();
        }
    }

    private static List<string> ReferenceSplit(string spoken) =>
        BoundaryRegex().Split(spoken)
            .Select(s => s.Trim())
            .Where(s => s.Any(char.IsLetter))
            .Select(SentenceSplitter.EndWithStop)
            .ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+|\s*\n+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BoundaryRegex();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex LetterRunRegex();

    [GeneratedRegex(@"^\s$", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRegex();
}
