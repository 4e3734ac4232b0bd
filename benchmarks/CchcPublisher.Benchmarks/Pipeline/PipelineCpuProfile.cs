using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CchcPublisher.Benchmarks.Corpus;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Website;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Hosting;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;
using Markdig;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Benchmarks.Pipeline;

/// <summary>
/// <c>pipeline-cpu</c>: the work of <see cref="ArticlePipelineBenchmarks.FullPipeline"/> and the floor, timed by the
/// CPU time of this thread (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), the steps interleaved round by round, and the
/// ratio to the floor taken per round, then the median. On the shared machine, where BenchmarkDotNet's wall clock
/// moves with the neighbours' load, this keeps the ratio readable. Uses only calls that exist since 2026-12-04
/// 06:02 UTC, so the same file compiled into an older tree measures the code before (docs/performance.md, section 1).
/// </summary>
internal static class PipelineCpuProfile
{
    public static int Run(int rounds)
    {
        foreach (var size in new[] { ArticleSize.Notice, ArticleSize.Typical, ArticleSize.Report })
        {
            Measure(size, rounds);
        }

        return 0;
    }

    private static void Measure(ArticleSize size, int rounds)
    {
        var bytes = ArticleSamples.Bytes(size);
        var parser = new ArticleParser(Options.Create(new ContentOptions()), Options.Create(new CommuneOptions()));
        var contentRoot = Path.Combine(Path.GetTempPath(), "cchc-bench", "content");
        var source = new ArticleSource(Path.Combine(contentRoot, "articles", "2026", "bai-mau.md"), "articles/2026/bai-mau.md", "articles/2026/bai-mau.md", bytes);
        var html = new ArticleHtmlRenderer();
        var pages = new StaticSitePages(
            new SiteInfo("UBND xã Hòa An", "Chuyên mục Cải cách hành chính", new Uri("https://hoaan.example.gov.vn/"),
                TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")),
            new TaxonomyCategoryLabels(new CurrentTaxonomy()));
        var zalo = new ZaloArticleRenderer(Options.Create(new ZaloOptions()), Options.Create(new CommuneOptions()));
        var facebook = new FacebookPostRenderer(Options.Create(new FacebookOptions()), Options.Create(new CommuneOptions()), new TaxonomyCategoryHashtags());
        var radio = new RadioOptions();
        var scripts = new ScriptBuilder(new ContentSpeechNormalizer(
            Options.Create(new SpeechOptions()), Options.Create(new PathOptions { Content = contentRoot }), NullLogger<ContentSpeechNormalizer>.Instance));
        var website = PublishResult.Published("2026/bai-mau", "https://hoaan.example.gov.vn/bai-viet/bai-mau.html");

        int Floor() => Markdown.ToHtml(Encoding.UTF8.GetString(bytes), MarkdownPipelines.Default).Length;

        int Parse() => parser.Parse(source, CategoryTaxonomy.BuiltIn).Article!.Title.Length;

        int Full()
        {
            var article = parser.Parse(source, CategoryTaxonomy.BuiltIn).Article!;
            var page = pages.ArticlePage(Entry(article), html.Render(article.Document));
            var payload = zalo.Render(article);
            var post = facebook.Render(new PublishContext(article, null, new Dictionary<string, PublishResult> { [ChannelNames.Website] = website }));
            var script = scripts.Build(article);
            var segments = script.ToSegments(radio.ParagraphPause);
            var ssml = SpeechDocument.ToSsml(segments);
            var text = script.ToPlainText();
            var duration = radio.Pace.Estimate(segments);
            return page.Length + ssml.Length + text.Length + (int)duration.TotalSeconds + payload.Body.Count + post.Message.Length;
        }

        int Radio()
        {
            var article = parser.Parse(source, CategoryTaxonomy.BuiltIn).Article!;
            _ = article.Document;
            var script = scripts.Build(article);
            var segments = script.ToSegments(radio.ParagraphPause);
            return SpeechDocument.ToSsml(segments).Length + script.ToPlainText().Length + (int)radio.Pace.Estimate(segments).TotalSeconds;
        }

        (string Name, Func<int> Run)[] steps = [("MarkdigToHtml", Floor), ("Parse", Parse), ("Parse+RadioChannelOutput", Radio), ("FullPipeline", Full)];
        var iterations = new int[steps.Length];
        for (var s = 0; s < steps.Length; s++)
        {
            // About 20 ms of work per step and round.
            var watch = Stopwatch.StartNew();
            var n = 0;
            while (watch.ElapsedMilliseconds < 300)
            {
                steps[s].Run();
                n++;
            }

            iterations[s] = Math.Max(1, n / 15);
        }

        var perOp = new double[steps.Length][];
        for (var s = 0; s < steps.Length; s++)
        {
            perOp[s] = new double[rounds];
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var s = 0; s < steps.Length; s++)
            {
                var before = CpuNanoseconds();
                for (var i = 0; i < iterations[s]; i++)
                {
                    steps[s].Run();
                }

                perOp[s][round] = (CpuNanoseconds() - before) / 1000.0 / iterations[s];
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size}: {bytes.Length} bytes, {rounds} rounds, CPU time of this thread per operation (median; ratio = median of the per-round ratios to MarkdigToHtml)"));
        for (var s = 0; s < steps.Length; s++)
        {
            var ratios = Enumerable.Range(0, rounds).Select(r => perOp[s][r] / perOp[0][r]).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {steps[s].Name,-26} {Median(perOp[s]),9:F1} µs  {Median(ratios),6:F2} ×  (min {perOp[s].Min(),8:F1} µs)"));
        }
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>CPU time of the calling thread, <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> on Linux (exact at each read), else of the process.</summary>
    private static long CpuNanoseconds()
    {
        if (OperatingSystem.IsLinux() && NativeClock.clock_gettime(NativeClock.ThreadCpuTime, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.Ticks * 100;
    }

    private static SiteManifestEntry Entry(Article article) => new()
    {
        Id = article.Id,
        Slug = article.Slug,
        Title = article.Title,
        Summary = article.Summary,
        Author = article.Author,
        Categories = article.Categories,
        PublishedAt = new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero),
        ContentHash = article.ContentHash,
    };
}

/// <summary>The one libc call <see cref="PipelineCpuProfile"/> needs.</summary>
internal static class NativeClock
{
    public const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in this project; the signature is blittable.
    [DllImport("libc")]
    public static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
