using System.Diagnostics;
using System.Globalization;
using CchcPublisher.Benchmarks.Corpus;

namespace CchcPublisher.Benchmarks.Pipeline;

/// <summary>
/// The steps of <see cref="ArticlePipelineBenchmarks"/> (same set-up, same methods), timed in interleaved rounds and
/// kept at their best round: on this shared machine BenchmarkDotNet's five iterations per method move with the
/// neighbours' load (the same code gave 11 × to 17 × in one session), while the best of many short rounds, each step
/// next to the floor it is divided by, holds within a few per cent. Prints each step's best time and its ratio to
/// <see cref="ArticlePipelineBenchmarks.MarkdigToHtml"/>, and the ratios of <c>FullPipeline</c> and
/// <c>RadioChannelOutput</c> round by round. Each step also shows what it allocates per operation and the garbage
/// collector's pause per operation (mean over all rounds): <c>FullPipeline</c> used to cost ≈ 55 µs more than its
/// steps one by one, about a third of it in gen-0 collections, which cost more there than in the steps (the article
/// and its document are alive when one starts).
/// </summary>
internal static class PipelineRounds
{
    public static int Run(ArticleSize size, int rounds, int operations)
    {
        var steps = Steps(size);
        var best = new double[steps.Length];
        var allocated = new double[steps.Length];
        var pauses = new double[steps.Length];
        Array.Fill(best, double.MaxValue);
        var full = new List<double>();
        var radio = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var times = new double[steps.Length];
            for (var s = 0; s < steps.Length; s++)
            {
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var pausedBefore = GC.GetTotalPauseDuration();
                var started = Stopwatch.GetTimestamp();
                for (var k = 0; k < operations; k++)
                {
                    GC.KeepAlive(steps[s].Run());
                }

                times[s] = Stopwatch.GetElapsedTime(started).TotalMicroseconds / operations;
                allocated[s] = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / operations;
                pauses[s] += (GC.GetTotalPauseDuration() - pausedBefore).TotalMicroseconds / operations / (rounds + 1);
            }

            if (round == 0)
            {
                continue; // warm-up: tiering
            }

            for (var s = 0; s < steps.Length; s++)
            {
                best[s] = Math.Min(best[s], times[s]);
            }

            full.Add(times[^1] / times[0]);
            radio.Add(times[^2] / times[0]);
        }

        foreach (var (step, index) in steps.Select((step, index) => (step, index)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step.Name,-20} {best[index],9:F1} µs  {best[index] / best[0],6:F2} ×  {allocated[index],7:F1} KB  GC pause {pauses[index],5:F1} µs"));
        }

        full.Sort();
        radio.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per round (× MarkdigToHtml of the round): FullPipeline median {full[full.Count / 2]:F2} ({full[0]:F2}–{full[^1]:F2}), RadioChannelOutput median {radio[radio.Count / 2]:F2} ({radio[0]:F2}–{radio[^1]:F2})"));
        return 0;
    }

    /// <summary>
    /// Mode <c>pipeline-loop</c>: one step run over and over for <paramref name="seconds"/>, for a profiler to sample
    /// (<c>dotnet-trace collect --providers Microsoft-DotNETCore-SampleProfiler -- dotnet … pipeline-loop --step RadioChannelOutput</c>).
    /// </summary>
    public static int Loop(ArticleSize size, string step, int seconds)
    {
        var run = Steps(size).Single(s => string.Equals(s.Name, step, StringComparison.OrdinalIgnoreCase)).Run;
        var started = Stopwatch.GetTimestamp();
        var operations = 0L;
        while (Stopwatch.GetElapsedTime(started).TotalSeconds < seconds)
        {
            for (var k = 0; k < 1000; k++)
            {
                GC.KeepAlive(run());
            }

            operations += 1000;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step}: {operations} operations, {Stopwatch.GetElapsedTime(started).TotalMicroseconds / operations:F1} µs each"));
        return 0;
    }

    private static (string Name, Func<object?> Run)[] Steps(ArticleSize size)
    {
        var benchmarks = new ArticlePipelineBenchmarks { Size = size };
        benchmarks.Setup();
        return
        [
            (nameof(ArticlePipelineBenchmarks.MarkdigToHtml), benchmarks.MarkdigToHtml),
            (nameof(ArticlePipelineBenchmarks.Parse), benchmarks.Parse),
            (nameof(ArticlePipelineBenchmarks.BodyParse), benchmarks.BodyParse),
            (nameof(ArticlePipelineBenchmarks.WebsitePage), benchmarks.WebsitePage),
            (nameof(ArticlePipelineBenchmarks.ZaloPayload), benchmarks.ZaloPayload),
            (nameof(ArticlePipelineBenchmarks.FacebookPayload), benchmarks.FacebookPayload),
            (nameof(ArticlePipelineBenchmarks.RadioChannelOutput), () => benchmarks.RadioChannelOutput()),
            (nameof(ArticlePipelineBenchmarks.FullPipeline), () => benchmarks.FullPipeline()),
        ];
    }
}
