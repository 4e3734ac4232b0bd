using System.Globalization;
using BenchmarkDotNet.Running;
using CchcPublisher.Benchmarks;
using CchcPublisher.Benchmarks.Corpus;
using CchcPublisher.Benchmarks.Ledger;
using CchcPublisher.Benchmarks.Speech;

// Modes (see docs/performance.md):
//   corpus --count N --out DIR [--seed S] [--from YYYY-MM-DD] [--dated P] [--force]
//                                                                         write N generated articles under DIR/articles
//   ledger --rows N --out FILE                                            write a ledger database with N rows
//   explain --db FILE [--setup SQL]... [--sql SQL]...                     plans and timings of the status queries
//   speech-passes [--rounds N] [--article Typical] [--windows]           time per speech normalization pass on the seed plans
//                                                                         (or on the spoken blocks of one sample article)
//   pipeline-rounds [--size Typical] [--rounds N] [--ops N]               the pipeline steps, best of interleaved rounds
//   pipeline-loop --step NAME [--size Typical] [--seconds N]              one pipeline step in a loop, for a profiler
//   anything else                                                         BenchmarkDotNet (e.g. --filter '*Pipeline*' --job short)
switch (args.FirstOrDefault())
{
    case "corpus":
        return Corpus(new Arguments(args[1..]));
    case "ledger":
        return await LedgerAsync(new Arguments(args[1..]));
    case "explain":
        var explain = new Arguments(args[1..]);
        await QueryPlans.PrintAsync(
            explain.Text("--db") ?? throw new ArgumentException("explain: --db FILE is required."),
            explain.All("--setup"),
            explain.All("--sql"),
            CancellationToken.None);
        return 0;
    case "speech-passes":
        var speech = new Arguments(args[1..]);
        return SpeechPassProfile.Run(
            speech.Int("--rounds") ?? 20,
            speech.Text("--article") is { } size ? Enum.Parse<ArticleSize>(size) : null,
            speech.Flag("--windows"));
    case "pipeline-rounds":
        var pipeline = new Arguments(args[1..]);
        return CchcPublisher.Benchmarks.Pipeline.PipelineRounds.Run(
            Enum.Parse<ArticleSize>(pipeline.Text("--size") ?? nameof(ArticleSize.Typical)), pipeline.Int("--rounds") ?? 10, pipeline.Int("--ops") ?? 1000);
    case "pipeline-loop":
        var loop = new Arguments(args[1..]);
        return CchcPublisher.Benchmarks.Pipeline.PipelineRounds.Loop(
            Enum.Parse<ArticleSize>(loop.Text("--size") ?? nameof(ArticleSize.Typical)),
            loop.Text("--step") ?? throw new ArgumentException("pipeline-loop: --step NAME is required."),
            loop.Int("--seconds") ?? 20);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Arguments).Assembly).Run(args);
        return 0;
}

static int Corpus(Arguments arguments)
{
    var count = arguments.Int("--count") ?? throw new ArgumentException("corpus: --count N is required.");
    var output = Path.GetFullPath(arguments.Text("--out") ?? throw new ArgumentException("corpus: --out DIR is required."));
    var seed = arguments.Int("--seed") ?? 7;
    var from = arguments.Text("--from") is { } text
        ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : ArticleSamples.FirstPublishDate;
    // Per cent of articles with publish_at (default 30); the rest queue one per week in the default column.
    var dated = arguments.Int("--dated") ?? 30;
    var articles = Path.Combine(output, "articles");
    if (arguments.Flag("--force") && Directory.Exists(articles))
    {
        Directory.Delete(articles, recursive: true);
    }

    var started = System.Diagnostics.Stopwatch.StartNew();
    var bytes = CorpusWriter.Write(output, count, seed, from, dated);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Wrote {count} articles ({bytes / 1024.0 / 1024.0:F1} MiB, {dated} % with publish_at from {from:yyyy-MM-dd}) to {articles} in {started.Elapsed.TotalSeconds:F1} s."));
    return 0;
}

static async Task<int> LedgerAsync(Arguments arguments)
{
    var rows = arguments.Int("--rows") ?? throw new ArgumentException("ledger: --rows N is required.");
    var output = Path.GetFullPath(arguments.Text("--out") ?? throw new ArgumentException("ledger: --out FILE is required."));
    var started = System.Diagnostics.Stopwatch.StartNew();
    await LedgerSeeder.SeedAsync(output, rows, CancellationToken.None);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Wrote a ledger of {rows} rows to {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F0} MiB) in {started.Elapsed.TotalSeconds:F1} s."));
    return 0;
}
