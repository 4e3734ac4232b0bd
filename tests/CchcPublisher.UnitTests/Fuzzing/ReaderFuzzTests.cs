using CchcPublisher.Fuzz;

namespace CchcPublisher.UnitTests.Fuzzing;

/// <summary>
/// Every reader of user input, fed its seed files, every input a fuzzer ever failed on (Corpus/), and a bounded
/// number of fresh mutations: no exception escapes and no message is in English. Long runs: docs/fuzzing.md.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int IterationsPerTarget = 3_000;

    private static readonly string Root = FindRoot();

    public static TheoryData<string> Targets => [.. FuzzTargets.All(Root).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Reader_SurvivesMutations(string name)
    {
        var target = FuzzTargets.All(Root).Single(t => t.Name == name);
        Assert.NotEmpty(target.Seeds);

        // A fixed seed per target: the same inputs every run, so a failure here is a failure on any machine.
        FuzzRunner.Run(target, IterationsPerTarget, seed: name.Length * 7919);
    }

    [Fact]
    public void Reader_RegressionCorpus_NeverFailsAgain()
    {
        var targets = FuzzTargets.All(Root).ToDictionary(t => t.Name);
        var files = Directory.GetFiles(Path.Combine(Root, "tests", "CchcPublisher.UnitTests", "Fuzzing", "Corpus"), "*.bin");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file).Split('-')[0];
            targets[name].Run(File.ReadAllBytes(file));
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CchcPublisher.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
