using System.Text;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.UnitTests.Speech;

/// <summary>
/// A radio script takes its sentences from <see cref="SpeechNormalizer.AddSentences"/>, which splits the spoken form
/// in the normalizer's own buffer (untrimmed) instead of making it a string first: the sentences must be the ones
/// <see cref="SentenceSplitter.Split(string)"/> of <see cref="SpeechNormalizer.Normalize(string)"/> gives.
/// </summary>
public sealed class SpeechNormalizerSentencesTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Speech", "Seeds");

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("  Ngày 5/3/2026 UBND xã họp.  \n")]
    [InlineData("\nSố 12/QĐ-UBND.\n\nGọi 0912 345 678!  ")]
    [InlineData("Không có chữ số nào cả")]
    public void AddSentences_Examples_SameAsSplitOfNormalize(string text) => AssertSame(text);

    [Fact]
    public void AddSentences_SeedsAndRandomText_SameAsSplitOfNormalize()
    {
        var seeds = Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray();
        foreach (var seed in seeds)
        {
            AssertSame(seed);
        }

        string[] pieces = ["a", "Ư", "1", "2026", "15/3", "UBND", "%", ".", "!", "?", ",", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "số ", "ngày "];
        var random = new Random(1204);
        for (var n = 0; n < 1000; n++)
        {
            var seed = seeds[random.Next(seeds.Length)];
            var start = random.Next(seed.Length);
            var builder = new StringBuilder(seed.Substring(start, Math.Min(seed.Length - start, random.Next(1, 500))));
            for (var i = random.Next(0, 30); i > 0; i--)
            {
                builder.Insert(random.Next(builder.Length + 1), pieces[random.Next(pieces.Length)]);
            }

            AssertSame(builder.ToString());
        }
    }

    [Fact]
    public void AddSentences_AppendsToWhatTheListHolds()
    {
        var sentences = new List<string> { "Trước." };

        SpeechNormalizer.Default.AddSentences("Một. Hai", sentences);

        Assert.Equal(["Trước.", "Một.", "Hai."], sentences);
    }

    private static void AssertSame(string text)
    {
        var sentences = new List<string>();
        SpeechNormalizer.Default.AddSentences(text, sentences);

        Assert.Equal(SentenceSplitter.Split(SpeechNormalizer.Default.Normalize(text)), sentences);
    }
}
