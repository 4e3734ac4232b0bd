using System.Text;
using BenchmarkDotNet.Attributes;
using CchcPublisher.Benchmarks.Corpus;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Radio;
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
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Benchmarks.Pipeline;

/// <summary>
/// The in-memory work for one article, from file bytes to every channel's output, against the floor: a bare
/// Markdig render of the same file. No disk and no network: those are timed as whole processes
/// (docs/performance.md). <see cref="FullPipeline"/> calls exactly what the channels call: the article's body is
/// parsed once (<see cref="Article.Document"/>) and the website page, the Zalo and Facebook payloads and the radio
/// script (text and SSML) are all rendered from that document. The per-step benchmarks after <see cref="BodyParse"/>
/// render from the document parsed in <see cref="Setup"/>, so they do not include that parse.
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

    private readonly RadioOptions _radio = new();

    private readonly ScriptBuilder _defaultScripts = new(SpeechNormalizer.Default);

    private static readonly PublishResult WebsitePublished =
        PublishResult.Published("2026/bai-mau", "https://hoaan.example.gov.vn/bai-viet/bai-mau.html");

    private byte[] _bytes = null!;
    private ArticleSource _source = null!;
    private Article _article = null!;
    private ScriptBuilder _scripts = null!;
    private string _contentRoot = null!;

    /// <summary>The sample article parsed in <see cref="Setup"/> (its document too).</summary>
    internal Article SampleArticle => _article;

    [Params(ArticleSize.Notice, ArticleSize.Typical, ArticleSize.Report)]
    public ArticleSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = ArticleSamples.Bytes(Size);
        _contentRoot = Path.Combine(Path.GetTempPath(), "cchc-bench", "content");
        var path = Path.Combine(_contentRoot, "articles", "2026", "bai-mau.md");
        _source = new ArticleSource(path, "articles/2026/bai-mau.md", "articles/2026/bai-mau.md", _bytes);
        var result = _parser.Parse(_source, CategoryTaxonomy.BuiltIn);
        _article = result.Article
            ?? throw new InvalidOperationException("Sample article is invalid: " + string.Join("; ", result.Diagnostics));
        _ = _article.Document;

        // The normalizer the application registers (SpeechRegistration): the built-in lexicon plus the content
        // folder's radio/abbreviations.yaml, looked for in a content folder that has none.
        var paths = new PathOptions { Content = _contentRoot };
        _scripts = new ScriptBuilder(new ContentSpeechNormalizer(
            Options.Create(new SpeechOptions()), Options.Create(paths), NullLogger<ContentSpeechNormalizer>.Instance));
    }

    /// <summary>The floor: decode the file and render it with Markdig (front matter skipped by the pipeline).</summary>
    [Benchmark(Baseline = true)]
    public string MarkdigToHtml() => Markdown.ToHtml(Encoding.UTF8.GetString(_bytes), MarkdownPipelines.Default);

    /// <summary><c>validate</c>'s per-file work: decode, split, YAML front matter, checks, slug, hash.</summary>
    [Benchmark]
    public object? Parse() => _parser.Parse(_source, CategoryTaxonomy.BuiltIn).Article;

    /// <summary>The one Markdig parse of the body that every channel then reads (<see cref="Article.Document"/>).</summary>
    [Benchmark]
    public object BodyParse() => MarkdownPipelines.Parse(_article.Body);

    /// <summary>Website body from the parsed document: Markdig HTML with the link and image address checks.</summary>
    [Benchmark]
    public string WebsiteBody() => _html.Render(_article.Document);

    /// <summary>The full static page, as <c>StaticWebsiteChannel</c> builds it from the parsed document.</summary>
    [Benchmark]
    public string WebsitePage() => _pages.ArticlePage(Entry(_article), _article.Document, _html);

    /// <summary>The radio script's text from the parsed document (<see cref="ScriptBuilder"/>: spoken paragraphs, speech normalization).</summary>
    [Benchmark]
    public int RadioSpokenScript() => _scripts.Build(_article).ToPlainText().Length;

    /// <summary>What <c>RadioChannel</c> computes for one article: the script from the parsed document, its segments, SSML, text and reading time.</summary>
    [Benchmark]
    public int RadioChannelOutput() => Radio(_article);

    /// <summary>Zalo OA article payload (<see cref="ZaloArticleRenderer"/>, from the parsed document).</summary>
    [Benchmark]
    public object ZaloPayload() => _zalo.Render(_article);

    /// <summary>Facebook post payload (<see cref="FacebookPostRenderer"/>, with the website's link as an earlier result).</summary>
    [Benchmark]
    public object FacebookPayload() => _facebook.Render(Context(_article));

    /// <summary>
    /// Everything one article goes through before the channels write or send, exactly as the channels call it:
    /// parse, then the website page, Zalo payload, Facebook payload and radio script (SSML and text), all from the
    /// article's one parsed document.
    /// </summary>
    [Benchmark]
    public int FullPipeline()
    {
        var article = _parser.Parse(_source, CategoryTaxonomy.BuiltIn).Article!;
        var page = _pages.ArticlePage(Entry(article), article.Document, _html);
        var zalo = _zalo.Render(article);
        var facebook = _facebook.Render(Context(article));
        var radio = Radio(article);
        return page.Length + radio + (zalo is null ? 0 : 1) + (facebook is null ? 0 : 1);
    }

    /// <summary>
    /// <see cref="FullPipeline"/> as this benchmark measured it until 2026-12-04 06:02 UTC: the website page and the
    /// radio script each parse the body text again (Zalo and Facebook share the document), and the radio script is
    /// text only, with <c>SpeechNormalizer.Default</c>. Not what the application does; kept to compare with earlier
    /// figures.
    /// </summary>
    [Benchmark]
    public int FullPipelineParsePerChannel()
    {
        var article = _parser.Parse(_source, CategoryTaxonomy.BuiltIn).Article!;
        var page = _pages.ArticlePage(Entry(article), MarkdownPipelines.Parse(article.Body), _html);
        var zalo = _zalo.Render(article);
        var facebook = _facebook.Render(Context(article));
        var radio = _defaultScripts.Build(article.Title, article.Body).ToPlainText();
        return page.Length + radio.Length + (zalo is null ? 0 : 1) + (facebook is null ? 0 : 1);
    }

    // Mirrors RadioChannel.PublishAsync: script, segments with the paragraph pause, SSML, text, and the reading
    // time it logs.
    private int Radio(Article article)
    {
        var script = _scripts.Build(article);
        var segments = script.ToSegments(_radio.ParagraphPause);
        var ssml = SpeechDocument.ToSsml(segments);
        var text = script.ToPlainText();
        var duration = _radio.Pace.Estimate(segments);
        return ssml.Length + text.Length + (int)duration.TotalSeconds;
    }

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
