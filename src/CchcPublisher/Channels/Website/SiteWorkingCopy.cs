namespace CchcPublisher.Channels.Website;

/// <summary>
/// The site manifest while a run changes it: lookups by id and slug in constant time, and what the changes
/// touched (categories whose pages must be regenerated, files to make durable), so that the listings are
/// written once per batch instead of once per article.
/// </summary>
internal sealed class SiteWorkingCopy
{
    private readonly Dictionary<string, SiteManifestEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _slugOwner = new(StringComparer.Ordinal);

    public SiteWorkingCopy(SiteManifest manifest, bool recovered = false)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        foreach (var entry in manifest.Articles)
        {
            _byId[entry.Id] = entry;
            _slugOwner[entry.Slug] = entry.Id;
        }

        if (recovered)
        {
            // An interrupted batch: its listings may be stale anywhere.
            MarkAllDirty();
        }
    }

    /// <summary>True when the listings, feed and manifest must be written.</summary>
    public bool Dirty { get; private set; }

    /// <summary>Categories whose page must be regenerated.</summary>
    public HashSet<string> DirtyCategories { get; } = new(StringComparer.Ordinal);

    /// <summary>Files written without their own fsync since the last flush.</summary>
    public List<string> WrittenFiles { get; } = [];

    public int Count => _byId.Count;

    public SiteManifestEntry? FindById(string id) => _byId.GetValueOrDefault(id);

    public SiteManifestEntry? FindBySlug(string slug) =>
        _slugOwner.TryGetValue(slug, out var id) ? _byId.GetValueOrDefault(id) : null;

    /// <summary>Adds or replaces an entry; the categories it had and has now need new pages.</summary>
    public void Put(SiteManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_byId.TryGetValue(entry.Id, out var previous))
        {
            DirtyCategories.UnionWith(previous.Categories);
            _slugOwner.Remove(previous.Slug);
        }

        _byId[entry.Id] = entry;
        _slugOwner[entry.Slug] = entry.Id;
        DirtyCategories.UnionWith(entry.Categories);
        Dirty = true;
    }

    /// <summary>Removes an entry (a withdrawn article); its categories need new pages.</summary>
    public SiteManifestEntry? Remove(string id)
    {
        if (!_byId.Remove(id, out var previous))
        {
            return null;
        }

        _slugOwner.Remove(previous.Slug);
        DirtyCategories.UnionWith(previous.Categories);
        Dirty = true;
        return previous;
    }

    public void MarkAllDirty()
    {
        Dirty = true;
        foreach (var entry in _byId.Values)
        {
            DirtyCategories.UnionWith(entry.Categories);
        }
    }

    public void Clean()
    {
        Dirty = false;
        DirtyCategories.Clear();
        WrittenFiles.Clear();
    }

    public SiteManifest ToManifest() => new() { Articles = [.. _byId.Values.OrderBy(a => a.Id, StringComparer.Ordinal)] };
}
