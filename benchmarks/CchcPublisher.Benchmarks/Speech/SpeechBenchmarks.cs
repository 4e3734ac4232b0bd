using BenchmarkDotNet.Attributes;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.Benchmarks.Speech;

/// <summary>
/// Radio speech normalization throughput on the five real seed plans (the unit tests' copy under
/// <c>tests/CchcPublisher.UnitTests/TestData/Speech/Seeds</c>), through <see cref="SpeechNormalizer.Default"/>.
/// One operation is one seed file; characters per second = <see cref="Characters"/> / (5 × mean), printed at
/// set-up. <see cref="CascadeSeeds"/> is the old normalizer on the same input, in the same run.
/// </summary>
[Config(typeof(InProcessJobConfig))]
public class SpeechBenchmarks
{
    private const string SeedFolder = "tests/CchcPublisher.UnitTests/TestData/Speech/Seeds";

    private string[] _texts = null!;

    /// <summary>Characters (UTF-16 code units) in all seed files together.</summary>
    public int Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = LoadSeeds();
        Characters = _texts.Sum(t => t.Length);
        Console.WriteLine($"// Speech seeds: {_texts.Length} files, {Characters} characters");
    }

    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);

    /// <summary>
    /// The first-generation normalizer (issue 13's "today's figure"): the pass cascade over each whole text, as
    /// <c>SpeechNormalizer</c> ran it before the tokenizer. Baseline of the paired comparison.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 5)]
    public int CascadeSeeds()
    {
        var total = 0;
        foreach (var text in _texts)
        {
            total += PassCascade.Apply(text, Context).Length;
        }

        return total;
    }

    /// <summary>All seed files, each normalized as one text (tokenizer, plain copy, windows read by the passes).</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int NormalizeSeeds()
    {
        var total = 0;
        foreach (var text in _texts)
        {
            total += SpeechNormalizer.Default.Normalize(text).Length;
        }

        return total;
    }

    /// <summary>The seed plans' texts, in file-name order.</summary>
    internal static string[] LoadSeeds() =>
        [.. Directory.GetFiles(FindSeedFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private static string FindSeedFolder()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, SeedFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{SeedFolder} not found above {Directory.GetCurrentDirectory()}; run from the repository.");
    }
}
