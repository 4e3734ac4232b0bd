using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CchcPublisher.Benchmarks.Corpus;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.Channels.Website;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Hosting;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Benchmarks.Pipeline;

/// <summary>
/// The in-memory work for one article, from file bytes to every channel's output, against the floor: a bare
/// Markdig render of the same file. No disk and no network: those are timed as whole processes
/// (docs/performance.md). <see cref="FullPipeline"/> includes the website page, the Zalo and Facebook payloads
/// and the spoken radio script.
/// </summary>
[Config(typeof(InProcessJobConfig))]
public class ArticlePipelineBenchmarks
{
    private readonly ArticleParser _parser = new(
        Options.Create(new ContentOptions()),
        Options.Create(new CommuneOptions()));

    private readonly ArticleHtmlRenderer _html = new();

    private readonly StaticSitePages _pages = new(
        new SiteInfo("UBND xã Hòa An", "Chuyên mục Cải cách hành chính", new Uri("https://hoaan.example.gov.vn/"),
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")),
        new TaxonomyCategoryLabels(new CchcPublisher.Content.Categories.CurrentTaxonomy()));

    private readonly ZaloArticleRenderer _zalo = new(Options.Create(new ZaloOptions()), Options.Create(new CommuneOptions()));

    private readonly FacebookPostRenderer _facebook =
        new(Options.Create(new FacebookOptions()), Options.Create(new CommuneOptions()), new TaxonomyCategoryHashtags());

    private readonly ScriptBuilder _scripts = new(SpeechNormalizer.Default);

    private static readonly PublishResult WebsitePublished =
        PublishResult.Published("2026/bai-mau", "https://hoaan.example.gov.vn/bai-viet/bai-mau.html");

    private byte[] _bytes = null!;
    private ArticleSource _source = null!;
    private Article _article = null!;

    [Params(ArticleSize.Notice, ArticleSize.Typical, ArticleSize.Report)]
    public ArticleSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = ArticleSamples.Bytes(Size);
        var path = Path.Combine(Path.GetTempPath(), "cchc-bench", "content", "articles", "2026", "bai-mau.md");
        _source = new ArticleSource(path, "articles/2026/bai-mau.md", "articles/2026/bai-mau.md", _bytes);
        var result = _parser.Parse(_source, CategoryTaxonomy.BuiltIn);
        _article = result.Article
            ?? throw new InvalidOperationException("Sample article is invalid: " + string.Join("; ", result.Diagnostics));
    }

    /// <summary>The floor: decode the file and render it with Markdig (front matter skipped by the pipeline).</summary>
    [Benchmark(Baseline = true)]
    public string MarkdigToHtml() => Markdown.ToHtml(Encoding.UTF8.GetString(_bytes), MarkdownPipelines.Default);

    /// <summary><c>validate</c>'s per-file work: decode, split, YAML front matter, checks, slug, hash.</summary>
    [Benchmark]
    public object? Parse() => _parser.Parse(_source, CategoryTaxonomy.BuiltIn).Article;

    /// <summary>Website body: Markdig HTML with the link and image address checks (no sanitizer pass since 2026-12-04).</summary>
    [Benchmark]
    public string WebsiteBody() => _html.Render(_article.Body);

    /// <summary>The full static page around the body (metadata, escaping, layout).</summary>
    [Benchmark]
    public string WebsitePage() => _pages.ArticlePage(Entry(_article), _html.Render(_article.Body));

    /// <summary>Radio script text, exactly as <c>RadioChannel</c> builds it (title + Markdig plain text).</summary>
    [Benchmark]
    public string RadioScript() => RadioText(_article);

    /// <summary>Radio script as <c>RadioChannel</c> now builds it: <see cref="ScriptBuilder"/> (Markdown to spoken paragraphs, speech normalization), then its text.</summary>
    [Benchmark]
    public int RadioSpokenScript() => _scripts.Build(_article.Title, _article.Body).ToPlainText().Length;

    /// <summary>Zalo OA article payload (<see cref="ZaloArticleRenderer"/>: its own Markdown parse into body blocks).</summary>
    [Benchmark]
    public object ZaloPayload() => _zalo.Render(_article);

    /// <summary>Facebook post payload (<see cref="FacebookPostRenderer"/>, with the website's link as an earlier result).</summary>
    [Benchmark]
    public object FacebookPayload() => _facebook.Render(Context(_article));

    /// <summary>
    /// Everything one article goes through before the channels write or send: parse, website page, Zalo payload,
    /// Facebook payload, spoken radio script.
    /// </summary>
    [Benchmark]
    public int FullPipeline()
    {
        var article = _parser.Parse(_source, CategoryTaxonomy.BuiltIn).Article!;
        var page = _pages.ArticlePage(Entry(article), _html.Render(article.Body));
        var zalo = _zalo.Render(article);
        var facebook = _facebook.Render(Context(article));
        var radio = _scripts.Build(article.Title, article.Body).ToPlainText();
        return page.Length + radio.Length + (zalo is null ? 0 : 1) + (facebook is null ? 0 : 1);
    }

    /// <summary>The pipeline as measured before Zalo, Facebook and speech normalization existed (parse, website page, Markdig plain-text radio script).</summary>
    [Benchmark]
    public int FullPipelineWebsiteRadioOnly()
    {
        var article = _parser.Parse(_source, CategoryTaxonomy.BuiltIn).Article!;
        var page = _pages.ArticlePage(Entry(article), _html.Render(article.Body));
        var radio = RadioText(article);
        return page.Length + radio.Length;
    }

    /// <summary>The website-and-radio pipeline with a bare Markdig render: since the renderer checks addresses while rendering (2026-12-04), the same as <see cref="FullPipelineWebsiteRadioOnly"/> within noise; kept to compare with earlier figures.</summary>
    [Benchmark]
    public int FullPipelineUnsanitized()
    {
        var article = _parser.Parse(_source, CategoryTaxonomy.BuiltIn).Article!;
        var page = _pages.ArticlePage(Entry(article), Markdown.ToHtml(article.Body, MarkdownPipelines.Default));
        var radio = RadioText(article);
        return page.Length + radio.Length;
    }

    /// <summary>
    /// A sketch of the fix in docs/performance.md: the body parsed once, URLs checked on the syntax tree instead
    /// of sanitizing the HTML, and both the HTML and the radio text rendered from the same document.
    /// </summary>
    [Benchmark]
    public int FullPipelineOneParse()
    {
        var article = _parser.Parse(_source, CategoryTaxonomy.BuiltIn).Article!;
        var document = Markdown.Parse(article.Body, MarkdownPipelines.Default);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !IsAllowedUrl(url))
            {
                link.Url = string.Empty;
            }
        }

        var page = _pages.ArticlePage(Entry(article), document.ToHtml(MarkdownPipelines.Default));
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var plain = new HtmlRenderer(text) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        MarkdownPipelines.Default.Setup(plain);
        plain.Render(document);
        var radio = article.Title + "\n\n" + text.ToString().Trim() + "\n";
        return page.Length + radio.Length;
    }

    private static bool IsAllowedUrl(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative
        }

        var scheme = url[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase) || scheme.Equals("tel", StringComparison.OrdinalIgnoreCase);
    }

    // Mirrors RadioChannel.PublishAsync, which builds the text inline before writing the file.
    private static string RadioText(Article article) =>
        article.Title + "\n\n" + Markdown.ToPlainText(article.Body, MarkdownPipelines.Default).Trim() + "\n";

    private static PublishContext Context(Article article) =>
        new(article, null, new Dictionary<string, PublishResult> { [ChannelNames.Website] = WebsitePublished });

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
