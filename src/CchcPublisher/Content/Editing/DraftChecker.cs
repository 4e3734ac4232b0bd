using CchcPublisher.Channels;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Hosting;
using CchcPublisher.Publishing;
using CchcPublisher.Speech;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Content.Editing;

/// <summary>
/// The checks of <c>validate</c> applied to one article's text before it is saved: the parser's diagnostics, a
/// duplicate id against the other files, "no column takes it" (CCHC900) and the capitals the radio would spell
/// (SPEECH010), with the same codes and Vietnamese messages, so the editor and the command line always agree.
/// </summary>
internal sealed class DraftChecker(
    ArticleParser parser,
    IContentLoader loader,
    PublicationPlanner planner,
    IOptions<PathOptions> paths,
    ISpeechNormalizer? normalizer = null)
{
    public async Task<DraftCheck> CheckAsync(string relativePath, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(text);
        var snapshot = await loader.LoadAsync(null, cancellationToken);
        var full = Path.GetFullPath(Path.Combine(paths.Value.ContentRoot, relativePath));
        var display = DiagnosticPaths.Display(full, Directory.GetCurrentDirectory());
        var result = parser.Parse(new ArticleSource(full, relativePath, display, Common.AtomicFile.Utf8(text)), snapshot.Taxonomy);
        var diagnostics = result.Diagnostics.ToList();
        var article = result.Article;
        if (article is not null &&
            snapshot.Articles.FirstOrDefault(a => a.Id == article.Id && !string.Equals(a.SourcePath, full, StringComparison.Ordinal)) is { } other)
        {
            diagnostics.Add(new Diagnostic(display, result.IdLine, result.IdColumn, DiagnosticSeverity.Error, DiagnosticCodes.DuplicateId,
                $"Mã bài \"{article.Id}\" trùng với bài {other.RelativePath}: cả hai bài đều không được đăng. Đổi tên tệp, hoặc ghi \"id: ...\" khác nhau ở mỗi bài."));
            article = null;
        }

        if (article is { Status: ArticleStatus.Ready, PublishAt: null } && planner.ColumnFor(article) is null)
        {
            diagnostics.Add(new Diagnostic(relativePath, 1, 1, DiagnosticSeverity.Warning, "CCHC900",
                "Bài không có publish_at và không chuyên mục nào nhận các thể loại của bài; bài sẽ không được đăng."));
        }

        if (article is not null && normalizer is not null && article.Channels.Contains(ChannelNames.Radio, StringComparer.Ordinal))
        {
            diagnostics.AddRange(UnreadableCapitals.Find(article.Body, article.RelativePath, article.BodyLine, normalizer));
        }

        return new DraftCheck(article, [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)], snapshot.Taxonomy);
    }
}
