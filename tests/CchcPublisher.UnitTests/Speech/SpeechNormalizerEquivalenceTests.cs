using System.Text;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Passes;
using CchcPublisher.UnitTests.Speech.Corpus;

namespace CchcPublisher.UnitTests.Speech;

/// <summary>
/// The single-pass normalizer reads only windows around the tokens that need reading and copies the rest; on
/// long real texts it must say what the pass cascade says over the whole text.
/// </summary>
public sealed class SpeechNormalizerEquivalenceTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Speech", "Seeds");

    public static TheoryData<string> Seeds() => [.. Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Normalize_SeedPlan_SameAsCascadeOverWholeText(string file)
    {
        var text = File.ReadAllText(Path.Combine(SeedFolder, file), Encoding.UTF8);

        AssertSameLines(PassCascade.Apply(text, Context), SpeechNormalizer.Default.Normalize(text));
    }

    [Theory]
    [InlineData(SpeechCorpus.Dev)]
    [InlineData(SpeechCorpus.HeldOut)]
    public void Normalize_CorpusParagraphsAndCasesAsOneText_SameAsCascade(string split)
    {
        var lines = SpeechCorpus.Paragraphs(split).Select(p => p.Text)
            .Concat(SpeechCorpus.Cases(split).Select(c => c.Written.TrimEnd(',', ' ') + "."));
        var text = string.Join("\n", lines);

        AssertSameLines(PassCascade.Apply(text, Context), SpeechNormalizer.Default.Normalize(text));
    }

    [Fact]
    public void Normalize_WithReplacements_ListsChangedStretchesWithOriginalSpans()
    {
        const string text = "Xã tổ chức hội nghị vào ngày 13-2 tại hội trường UBND xã, mời bà con đến dự đông đủ.";
        var replacements = new List<SpeechReplacement>();

        var spoken = SpeechNormalizer.Default.Normalize(text, replacements);

        Assert.Equal(SpeechNormalizer.Default.Normalize(text), spoken);
        var replacement = Assert.Single(replacements);
        Assert.Contains("13-2", text.Substring(replacement.Start, replacement.Length), StringComparison.Ordinal);
        Assert.Contains("UBND", text.Substring(replacement.Start, replacement.Length), StringComparison.Ordinal);
        Assert.Contains("mười ba tháng hai", replacement.Spoken, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân", replacement.Spoken, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_PlainLowerCaseText_CopiedWithWhitespaceTidied()
    {
        var replacements = new List<SpeechReplacement>();

        var spoken = SpeechNormalizer.Default.Normalize("  bà con   nhân dân \r\n  chú ý theo dõi.  ", replacements);

        Assert.Equal("bà con nhân dân\n chú ý theo dõi.", spoken);
        Assert.Empty(replacements);
    }

    private static SpeechContext Context => new(NumberStyle.Default, CchcPublisher.Speech.Lexicon.SpeechLexiconLoader.BuiltIn);

    /// <summary>
    /// Same words in the same order (<see cref="SpeechCorpus.Canonical"/>: what a listener hears). Line breaks
    /// may differ: the cascade over a whole text joins a line to the next one when a bracket or a dash stands at
    /// the break, the windows never cross a line break.
    /// </summary>
    private static void AssertSameLines(string expected, string actual)
    {
        var want = SpeechCorpus.Canonical(expected).Split(' ');
        var got = SpeechCorpus.Canonical(actual).Split(' ');
        var differences = new List<string>();
        var (i, j) = (0, 0);
        while (i < want.Length && j < got.Length && differences.Count < 20)
        {
            if (want[i] == got[j])
            {
                (i, j) = (i + 1, j + 1);
                continue;
            }

            // Resynchronise on the next run of three words both say.
            var (si, sj) = Resync(want, got, i, j);
            differences.Add($"cascade: …{string.Join(' ', want[Math.Max(0, i - 6)..Math.Min(want.Length, si + 3)])}…\n  new:     …{string.Join(' ', got[Math.Max(0, j - 6)..Math.Min(got.Length, sj + 3)])}…");
            (i, j) = (si, sj);
        }

        Assert.True(differences.Count == 0 && want.Length - i == got.Length - j, $"{differences.Count} differences:\n" + string.Join('\n', differences));
    }

    private static (int, int) Resync(string[] want, string[] got, int i, int j)
    {
        for (var distance = 1; distance < 80; distance++)
        {
            for (var a = 0; a <= distance; a++)
            {
                var (x, y) = (i + a, j + distance - a);
                if (x + 2 < want.Length && y + 2 < got.Length && want[x] == got[y] && want[x + 1] == got[y + 1] && want[x + 2] == got[y + 2])
                {
                    return (x, y);
                }
            }
        }

        return (want.Length, got.Length);
    }
}
