using System.Globalization;
using System.Text;
using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;

namespace CchcPublisher.Channels.Radio;

/// <summary>
/// File names of per-article scripts: <c>yyyy-MM-dd-slug-tag.txt</c> (tag: from the article id), the date being the day the article is due
/// on the radio in the commune's time zone. The name is the channel's remote id, so an edited article
/// overwrites its own script and a reconcile after a crash finds it again.
/// </summary>
internal static class RadioScriptNames
{
    public const string Extension = ".txt";

    /// <summary>
    /// The script name for this publication: the name recorded earlier (<see cref="LedgerEntry.RemoteId"/>)
    /// when there is one, otherwise built from the due date (this publication's due time: its slot or
    /// <c>publish_at</c>; then the ledger's; then <c>publish_at</c>; then <paramref name="now"/>) and the slug.
    /// Never the day it happens to be published: a run resumed after a crash must name it as a clean run does.
    /// </summary>
    public static string For(Article article, LedgerEntry? previous, DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? due = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(zone);
        if (previous?.RemoteId is { Length: > 0 } recorded && IsSafeFileName(recorded))
        {
            return recorded;
        }

        var day = due ?? previous?.DueAt ?? article.PublishAt ?? now;
        var localDate = TimeZoneInfo.ConvertTime(day, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{localDate}-{SafeSlug(article)}-{IdTag(article.Id)}{Extension}";
    }

    /// <summary>
    /// Six hex digits of the id's SHA-256: two articles due the same day whose titles share their first 80 slug
    /// characters would otherwise write the same file (ids are unique, titles are not).
    /// </summary>
    public static string IdTag(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(articleId)))[..6];
    }

    /// <summary>The slug reduced to <c>[a-z0-9-]</c>; falls back to the article id when the slug is empty.</summary>
    public static string SafeSlug(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = string.IsNullOrWhiteSpace(article.Slug) ? article.Id : article.Slug;
        var builder = new StringBuilder(source.Length);
        foreach (var c in source.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "bai-viet" : slug;
    }

    private static bool IsSafeFileName(string name) =>
        name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name is not "." and not ".." && !name.Contains('/', StringComparison.Ordinal);
}
