using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Channels.Website;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.Common;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Hosting;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Markdown;
using CchcPublisher.Speech.Scripts;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Preview;

/// <summary>
/// What each channel would receive for one article that is being written, with the same renderers the channels
/// use (website HTML, Zalo article, Facebook post, radio script), without writing anything to the site, the
/// outboxes or the ledger. The radio script's audio is spoken on demand (<see cref="SpeakAsync"/>) by the TTS
/// engine the <c>preview</c> command uses, and cached under <c>&lt;data&gt;/preview/bien-tap/</c>.
/// </summary>
internal sealed class ArticlePreview(
    ArticleHtmlRenderer html,
    ScriptBuilder scripts,
    ISpeechNormalizer normalizer,
    TtsEngineSelector engines,
    IOptions<RadioOptions> radio,
    IOptions<FacebookOptions> facebookOptions,
    IOptions<PathOptions> paths,
    ZaloArticleRenderer? zalo = null,
    FacebookPostRenderer? facebook = null)
{
    private const int RememberedScripts = 32;
    private readonly ConcurrentDictionary<string, IReadOnlyList<SpeechSegment>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <param name="imageUrl">Turns an image reference written in the body (relative to the article) into a URL the browser can load.</param>
    public ArticlePreviewResult Render(Article article, CategoryTaxonomy taxonomy, Func<string, string?> imageUrl)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(imageUrl);
        var document = MarkdownPipelines.Parse(article.Body);
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage && l.Url is { Length: > 0 }))
        {
            image.Url = imageUrl(image.Url!) ?? image.Url;
        }

        var website = html.Render(document);
        var zaloArticle = zalo?.Render(article);
        var facebookPost = facebook?.Render(new PublishContext(article, null, new Dictionary<string, PublishResult>()) { Taxonomy = taxonomy });
        var script = scripts.Build(article);
        var segments = script.ToSegments(radio.Value.ParagraphPause);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script.ToPlainText())))[..24];
        Remember(key, segments);
        var written = new List<string> { article.Title };
        written.AddRange(MarkdownSpeechRenderer.Render(article.Document));
        var spoken = written.Select(block => SpokenDiff.Compare(block, normalizer.Normalize(block))).ToList();
        return new ArticlePreviewResult(
            website,
            zaloArticle,
            facebookPost,
            facebookOptions.Value.MaxMessageLength,
            spoken,
            script.Syllables,
            script.Syllables / (double)Math.Max(1, radio.Value.WordsPerMinute),
            key,
            engines.Select().Reason);
    }

    /// <summary>The WAV of a script shown by <see cref="Render"/>, or <c>null</c> when the key is unknown (e.g. after a restart).</summary>
    public async Task<(byte[]? Wav, string? Error)> SpeakAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_scripts.TryGetValue(key, out var segments))
        {
            return (null, "Bản xem trước này đã cũ: hãy bấm Xem trước lại.");
        }

        var path = Path.Combine(paths.Value.DataRoot, "preview", "bien-tap", key + ".wav");
        if (File.Exists(path))
        {
            return (await File.ReadAllBytesAsync(path, cancellationToken), null);
        }

        var (engine, reason) = engines.Select();
        if (engine is null)
        {
            return (null, reason ?? "Không có bộ đọc (TTS) nào.");
        }

        try
        {
            var audio = await ProgramAudioRenderer.RenderAsync(engine, segments, radio.Value.ChunkCharacters, cancellationToken);
            var bytes = audio.ToBytes();
            await AtomicFile.WriteAllBytesAsync(path, bytes, cancellationToken);
            return (bytes, null);
        }
        catch (TtsException ex)
        {
            return (null, $"Không tạo được tệp WAV bằng {engine.Name}: {ex.Message}");
        }
    }

    private void Remember(string key, IReadOnlyList<SpeechSegment> segments)
    {
        if (_scripts.TryAdd(key, segments))
        {
            _order.Enqueue(key);
            while (_order.Count > RememberedScripts && _order.TryDequeue(out var old))
            {
                _scripts.TryRemove(old, out _);
            }
        }
    }
}
