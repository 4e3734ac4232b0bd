using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using CchcPublisher.Benchmarks.Corpus;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Text;
using CchcPublisher.Content.Yaml;

namespace CchcPublisher.Benchmarks.Pipeline;

/// <summary>
/// Where <see cref="ArticleParser.Parse"/> spends its time on a typical article: each step on its own, in
/// the order the parser runs them. The steps overlap slightly with what the parser does around them, so the
/// parts add up to roughly, not exactly, the whole.
/// </summary>
[Config(typeof(InProcessJobConfig))]
public class ParseBreakdownBenchmarks
{
    private byte[] _bytes = null!;
    private string _text = null!;
    private string _yaml = null!;
    private string _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = ArticleSamples.Bytes(ArticleSize.Typical);
        _text = Encoding.UTF8.GetString(_bytes);
        var split = FrontMatterSplitter.Split(_text, new DiagnosticBag("bai-mau.md"))!;
        _yaml = split.Yaml;
        _body = split.Body;
    }

    /// <summary>UTF-8 validation and decoding (with line-ending check).</summary>
    [Benchmark]
    public object? Decode() => SourceTextDecoder.Decode(_bytes, new DiagnosticBag("bai-mau.md"));

    /// <summary>The usual file's path: the fences found in the bytes, then only the front matter and the body decoded.</summary>
    [Benchmark]
    public object? SplitUtf8() => FrontMatterSplitter.TrySplitUtf8(_bytes);

    [Benchmark]
    public object? SplitFrontMatter() => FrontMatterSplitter.Split(_text, new DiagnosticBag("bai-mau.md"));

    /// <summary>YamlDotNet's event parser over the front matter, into the parser's small tree.</summary>
    [Benchmark]
    public bool ReadYaml() => YamlTreeReader.TryRead(_yaml, 2, new DiagnosticBag("bai-mau.md"), out _);

    /// <summary>NFC check of the body (<c>IsNormalized</c>, through ICU for non-ASCII text).</summary>
    [Benchmark]
    public string NormalizeBody() => YamlFields.Nfc(_body);

    /// <summary>The content hash: an NFC check of the whole text, then SHA-256 of the bytes.</summary>
    [Benchmark]
    public string Hash() =>
        _text.IsNormalized(NormalizationForm.FormC) ? Convert.ToHexStringLower(SHA256.HashData(_bytes)) : string.Empty;
}
