using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using CchcPublisher.Benchmarks.Corpus;
using CchcPublisher.Benchmarks.Pipeline;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Markdown;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.Benchmarks.Speech;

/// <summary>
/// Mode <c>speech-passes</c> over the seed plans: first the throughput of <see cref="SpeechNormalizer.Default"/>
/// (bytes of UTF-8 input per second of the benchmark thread's CPU time, after a warm-up), then the time spent in each pass of
/// <see cref="PassCascade"/> on the normalizer's reading windows. The pass list is private, so it is read by reflection.
/// </summary>
internal static class SpeechPassProfile
{
    public static int Run(int rounds, ArticleSize? article = null, bool printWindows = false)
    {
        var texts = article is { } size ? ArticleBlocks(size) : SpeechBenchmarks.LoadSeeds();
        Throughput(texts, rounds);
        Passes(texts, rounds, printWindows);
        return 0;
    }

    /// <summary>
    /// Warm-up by time (tiered compilation must have finished: methods still in their instrumented tier call into the
    /// runtime at every branch), then <paramref name="rounds"/> rounds timed by the CPU time of this thread (Linux
    /// <c>/proc/thread-self/schedstat</c>; the process's CPU time elsewhere), so the compiler thread is not counted.
    /// </summary>
    private static void Throughput(string[] texts, int rounds)
    {
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var characters = texts.Sum(t => t.Length);
        var output = 0L;
        var warmUp = Stopwatch.StartNew();
        var warmUpRounds = 0;
        while (warmUp.Elapsed < TimeSpan.FromSeconds(4) || warmUpRounds < 50)
        {
            foreach (var text in texts)
            {
                output += SpeechNormalizer.Default.Normalize(text).Length;
            }

            warmUpRounds++;
        }

        var cpuBefore = CpuTime();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                output += SpeechNormalizer.Default.Normalize(text).Length;
            }
        }

        var wall = Stopwatch.GetElapsedTime(start);
        var cpu = CpuTime() - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SpeechNormalizer.Default: {texts.Length} seed files, {bytes} bytes, {characters} characters; {rounds} rounds after {warmUpRounds} warm-up rounds (output {output})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  per round: {wall.TotalMilliseconds / rounds:F3} ms wall, {cpu.TotalMilliseconds / rounds:F3} ms CPU ({CpuSource}), {allocated / rounds / 1024.0:F1} KB allocated"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  throughput: {bytes * rounds / cpu.TotalSeconds / 1e6:F2} MB/s of CPU ({bytes * rounds / wall.TotalSeconds / 1e6:F2} MB/s wall), {characters * rounds / cpu.TotalSeconds / 1e6:F2} M characters/s of CPU"));
    }

    /// <summary>What the radio script gives the normalizer for a sample article: its spoken blocks and its title.</summary>
    private static string[] ArticleBlocks(ArticleSize size)
    {
        var benchmarks = new ArticlePipelineBenchmarks { Size = size };
        benchmarks.Setup();
        var article = benchmarks.SampleArticle;
        return [.. MarkdownSpeechRenderer.Render(article.Document), article.Title];
    }

    private static string CpuSource => File.Exists(SchedStat) ? "this thread" : "process";

    private const string SchedStat = "/proc/thread-self/schedstat";

    /// <summary>CPU time of the calling thread (nanoseconds on CPU, first field of schedstat), or of the process.</summary>
    private static TimeSpan CpuTime()
    {
        if (File.Exists(SchedStat))
        {
            var nanoseconds = long.Parse(File.ReadAllText(SchedStat).Split(' ')[0], CultureInfo.InvariantCulture);
            return TimeSpan.FromTicks(nanoseconds / 100);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// Each pass timed on the stretches the normalizer sends to the cascade: the reading windows it reports as
    /// replacements (a window whose reading equals its text is not reported, so a few are missing); for each pass, also
    /// how many windows it changed and the time spent on those (the rest is the cost of finding nothing).
    /// </summary>
    private static void Passes(string[] texts, int rounds, bool printWindows)
    {
        var passes = (ISpeechPass[])typeof(PassCascade).GetField("Passes", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var context = new SpeechContext(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);
        var windows = new List<string>();
        foreach (var text in texts)
        {
            var replacements = new List<SpeechReplacement>();
            SpeechNormalizer.Default.Normalize(text, replacements);
            windows.AddRange(replacements.Select(r => text.Substring(r.Start, r.Length)));
        }

        if (printWindows)
        {
            foreach (var window in windows)
            {
                Console.WriteLine("[" + window.ReplaceLineEndings("\\n") + "]");
            }
        }

        var ticks = new long[passes.Length];
        var changedTicks = new long[passes.Length];
        var changed = new long[passes.Length];
        var passRounds = Math.Max(1, rounds / 5);
        for (var round = -5; round < passRounds; round++)
        {
            foreach (var window in windows)
            {
                var text = window;
                for (var i = 0; i < passes.Length; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    var before = text;
                    text = passes[i].Apply(text, context);
                    if (round >= 0)
                    {
                        var spent = Stopwatch.GetTimestamp() - start;
                        ticks[i] += spent;
                        if (!ReferenceEquals(before, text))
                        {
                            changedTicks[i] += spent;
                            changed[i]++;
                        }
                    }
                }
            }
        }

        // The cascade as the normalizer calls it (passes whose ISpeechPass.MayChange fails are skipped) against every pass
        // called, in alternated rounds, best round of each.
        var (bestCascade, bestAll) = (double.MaxValue, double.MaxValue);
        for (var round = -5; round < passRounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var window in windows)
            {
                PassCascade.Apply(window, context);
            }

            var middle = Stopwatch.GetTimestamp();
            foreach (var window in windows)
            {
                PassCascade.ApplyAll(window, context);
            }

            var end = Stopwatch.GetTimestamp();
            bestCascade = Math.Min(bestCascade, Stopwatch.GetElapsedTime(start, middle).TotalMicroseconds);
            bestAll = Math.Min(bestAll, Stopwatch.GetElapsedTime(middle, end).TotalMicroseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cascade on the {windows.Count} reading windows, best of {passRounds} rounds: {bestCascade:F1} us with skipping, {bestAll:F1} us with every pass called"));

        var bestScan = double.MaxValue;
        var scanKeys = LexiconKeyWords.For(context.Lexicon);
        for (var round = -5; round < passRounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var window in windows)
            {
                TextTraits.Of(window, scanKeys);
            }

            bestScan = Math.Min(bestScan, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TextTraits of every window once: {bestScan:F1} us"));

        // How many windows each pass is called on in the cascade (the rest are skipped).
        var called = new int[passes.Length];
        var keys = LexiconKeyWords.For(context.Lexicon);
        foreach (var window in windows)
        {
            var text = window;
            for (var i = 0; i < passes.Length; i++)
            {
                if (passes[i].MayChange(TextTraits.Of(text, keys)))
                {
                    called[i]++;
                    text = passes[i].Apply(text, context);
                }
            }
        }

        var total = ticks.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Passes on the {windows.Count} reading windows ({windows.Sum(w => w.Length)} characters), {passRounds} rounds after 5 warm-up rounds: {Stopwatch.GetElapsedTime(0, total).TotalMicroseconds / passRounds:F1} us per round, each pass timed"));
        foreach (var (pass, i) in passes.Select((p, i) => (p, i)).OrderByDescending(x => ticks[x.i]))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pass.GetType().Name,-28} {Stopwatch.GetElapsedTime(0, ticks[i]).TotalMilliseconds / passRounds,8:F3} ms  {100.0 * ticks[i] / total,5:F1} %  called on {called[i]} in the cascade, changed {changed[i] / passRounds} windows in {Stopwatch.GetElapsedTime(0, changedTicks[i]).TotalMilliseconds / passRounds:F3} ms"));
        }
    }
}
