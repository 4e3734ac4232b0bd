using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.Benchmarks.Speech;

/// <summary>
/// Time spent in each pass of <see cref="SpeechNormalizer"/> over the seed plans (mode <c>speech-passes</c>). The
/// pass list is private to the normalizer, so it is read by reflection; the passes run in the same order on the
/// same intermediate texts as <see cref="SpeechNormalizer.Normalize"/> does.
/// </summary>
internal static class SpeechPassProfile
{
    public static int Run(int rounds)
    {
        var passes = (ISpeechPass[])typeof(SpeechNormalizer).GetField("Passes", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var context = new SpeechContext(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);
        var texts = SpeechBenchmarks.LoadSeeds();
        var ticks = new long[passes.Length];
        for (var round = -10; round < rounds; round++)
        {
            foreach (var seed in texts)
            {
                var text = seed;
                for (var i = 0; i < passes.Length; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    text = passes[i].Apply(text, context);
                    if (round >= 0)
                    {
                        ticks[i] += Stopwatch.GetTimestamp() - start;
                    }
                }
            }
        }

        var total = ticks.Sum();
        var characters = texts.Sum(t => t.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Length} seed files, {characters} characters, {rounds} rounds after 10 warm-up rounds: {Stopwatch.GetElapsedTime(0, total).TotalMilliseconds / rounds:F2} ms per round"));
        foreach (var (pass, i) in passes.Select((p, i) => (p, i)).OrderByDescending(x => ticks[x.i]))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pass.GetType().Name,-28} {Stopwatch.GetElapsedTime(0, ticks[i]).TotalMilliseconds / rounds,8:F2} ms  {100.0 * ticks[i] / total,5:F1} %"));
        }

        return 0;
    }
}
