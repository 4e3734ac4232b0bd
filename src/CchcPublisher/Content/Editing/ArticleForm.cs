using System.Globalization;
using System.Text;
using CchcPublisher.Content.Articles;

namespace CchcPublisher.Content.Editing;

/// <summary>
/// The editor's fields: the front matter as separate values and the Markdown body. <see cref="ToMarkdown"/> writes
/// the file the way an official would (keys in the usual order, strings quoted, lists in brackets).
/// </summary>
/// <param name="PublishAt">Commune time as typed in the form (<c>yyyy-MM-ddTHH:mm</c>), or <c>null</c> for the weekly column.</param>
/// <param name="Cover">Cover path relative to the article's folder, or <c>null</c>.</param>
/// <param name="Id">An explicit <c>id</c> kept from the file, or <c>null</c>.</param>
/// <param name="Status">A <c>status</c> kept from the file (e.g. <c>draft</c>), or <c>null</c>.</param>
internal sealed record ArticleForm(
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Channels,
    string? PublishAt,
    string? Summary,
    string? Author,
    string? Cover,
    string? PlanTask,
    string Body,
    string? Id = null,
    string? Status = null)
{
    /// <summary>
    /// The body box holds the whole file (front matter included): a file whose front matter could not be read is
    /// edited as text, and written back as typed.
    /// </summary>
    public bool Raw { get; init; }

    public string ToMarkdown()
    {
        if (Raw)
        {
            return Body.ReplaceLineEndings("\n").TrimEnd().Normalize(NormalizationForm.FormC) + "\n";
        }

        var text = new StringBuilder("---\n");
        Line(text, FrontMatterKeys.Id, Id);
        Line(text, FrontMatterKeys.Title, Title);
        if (Categories.Count > 0)
        {
            text.Append(FrontMatterKeys.Categories).Append(": [").Append(string.Join(", ", Categories.Select(Quote))).Append("]\n");
        }

        if (!string.IsNullOrWhiteSpace(PublishAt))
        {
            text.Append(FrontMatterKeys.PublishAt).Append(": ").Append(PublishAt.Trim()).Append('\n');
        }

        if (Channels.Count > 0)
        {
            text.Append(FrontMatterKeys.Channels).Append(": [").Append(string.Join(", ", Channels)).Append("]\n");
        }

        Line(text, FrontMatterKeys.Summary, Summary);
        Line(text, FrontMatterKeys.Author, Author);
        Line(text, FrontMatterKeys.Cover, Cover);
        Line(text, FrontMatterKeys.PlanTask, PlanTask);
        if (!string.IsNullOrWhiteSpace(Status))
        {
            text.Append(FrontMatterKeys.Status).Append(": ").Append(Status.Trim()).Append('\n');
        }

        text.Append("---\n");
        var body = Body.ReplaceLineEndings("\n").TrimEnd();
        text.Append(body).Append('\n');
        return text.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The line of the Markdown file on which the body starts (for diagnostics in the body box).</summary>
    public int BodyLine
    {
        get
        {
            if (Raw)
            {
                return 1;
            }

            var text = ToMarkdown();
            return text.AsSpan(0, text.IndexOf("\n---\n", StringComparison.Ordinal)).Count('\n') + 3;
        }
    }

    /// <summary>Reads the fields of an article already parsed (the file had no error).</summary>
    public static ArticleForm From(Article article, string? explicitId, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(article);
        var publishAt = article.PublishAt is { } at
            ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : null;
        var cover = article.CoverPath is { } c
            ? Path.GetRelativePath(Path.GetDirectoryName(article.SourcePath)!, c).Replace('\\', '/')
            : null;
        return new ArticleForm(
            article.Title,
            article.Categories,
            article.ChannelsExplicit ? article.Channels : [],
            publishAt,
            article.Summary,
            article.Author,
            cover,
            article.PlanTask,
            article.Body,
            explicitId,
            article.Status == ArticleStatus.Draft ? "draft" : null);
    }

    private static void Line(StringBuilder text, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(key).Append(": ").Append(Quote(value.ReplaceLineEndings(" ").Trim())).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar: safe for any text (colons, '#', quotes, leading dashes).</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
