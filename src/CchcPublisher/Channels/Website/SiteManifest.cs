using System.Text.Json.Serialization;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// The static site's own record of what it shows (<c>site-manifest.json</c> in the site folder): the index,
/// category pages and RSS feed are regenerated from it, and reconciliation looks articles up in it.
/// </summary>
internal sealed record SiteManifest
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    public IReadOnlyList<SiteManifestEntry> Articles { get; init; } = [];

    public SiteManifestEntry? FindById(string articleId) =>
        Articles.FirstOrDefault(a => string.Equals(a.Id, articleId, StringComparison.Ordinal));

    public SiteManifestEntry? FindBySlug(string slug) =>
        Articles.FirstOrDefault(a => string.Equals(a.Slug, slug, StringComparison.Ordinal));

    /// <summary>The articles newest first (ties broken by id, so the order never depends on file order).</summary>
    public IEnumerable<SiteManifestEntry> NewestFirst() =>
        Articles.OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id, StringComparer.Ordinal);

    /// <summary>A manifest with <paramref name="entry"/> added, or replacing the entry with the same id.</summary>
    public SiteManifest With(SiteManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var articles = Articles.Where(a => !string.Equals(a.Id, entry.Id, StringComparison.Ordinal)).Append(entry);
        return this with { Articles = [.. articles.OrderBy(a => a.Id, StringComparer.Ordinal)] };
    }
}
