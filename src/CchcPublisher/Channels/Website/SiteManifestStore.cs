using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text.Unicode;
using CchcPublisher.Common;

namespace CchcPublisher.Channels.Website;

/// <summary>Reads and atomically writes <c>site-manifest.json</c> in the site folder.</summary>
internal static class SiteManifestStore
{
    public const string FileName = "site-manifest.json";

    /// <summary>
    /// Entries published since the manifest was last written, one JSON object per line: a batch appends here
    /// per article and rewrites the manifest once at its end, so an interrupted batch loses no entry.
    /// </summary>
    public const string JournalName = "site-manifest.pending";

    // Vietnamese stays readable in the file (the default encoder would write every letter as \uXXXX).
    private static readonly SiteManifestJsonContext Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    private static readonly SiteManifestJsonContext JsonLine = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    /// <summary>True when an interrupted batch left entries that the manifest does not hold yet.</summary>
    public static bool HasJournal(string siteRoot) => File.Exists(Path.Combine(siteRoot, JournalName));

    /// <summary>One line of the journal: the entry as compact JSON and a line feed.</summary>
    public static string JournalLine(SiteManifestEntry entry) => JsonSerializer.Serialize(entry, JsonLine.SiteManifestEntry) + "\n";

    /// <summary>Forgets the journal once the manifest that includes it is durable.</summary>
    public static void DeleteJournal(string siteRoot) => File.Delete(Path.Combine(siteRoot, JournalName));

    /// <summary>The manifest with the journal of an interrupted batch applied (a torn last line is ignored).</summary>
    public static async Task<(SiteManifest Manifest, bool Recovered)> LoadWithJournalAsync(string siteRoot, CancellationToken cancellationToken)
    {
        var manifest = await LoadAsync(siteRoot, cancellationToken);
        var journal = Path.Combine(siteRoot, JournalName);
        if (!File.Exists(journal))
        {
            return (manifest, false);
        }

        var byId = manifest.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var line in await File.ReadAllLinesAsync(journal, cancellationToken))
        {
            try
            {
                if (JsonSerializer.Deserialize(line, JsonLine.SiteManifestEntry) is { Id: not null, Slug: not null } entry)
                {
                    if (entry.Withdrawn == true)
                    {
                        byId.Remove(entry.Id);
                    }
                    else
                    {
                        byId[entry.Id] = entry;
                    }
                }
            }
            catch (JsonException)
            {
                // A line torn by a crash: its page is reconciled from the ledger's claim.
            }
        }

        return (manifest with { Articles = [.. byId.Values.OrderBy(a => a.Id, StringComparer.Ordinal)] }, true);
    }

    /// <summary>The manifest, or an empty one when the site has not been generated yet.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a manifest (hand-edited or damaged).</exception>
    public static async Task<SiteManifest> LoadAsync(string siteRoot, CancellationToken cancellationToken)
    {
        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path))
        {
            return new SiteManifest();
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            var manifest = await JsonSerializer.DeserializeAsync(stream, Json.SiteManifest, cancellationToken);
            if (manifest is null || manifest.Articles is null || manifest.Articles.Any(a => a is null || a.Id is null || a.Slug is null))
            {
                throw new InvalidDataException($"{path}: not a site manifest.");
            }

            return manifest;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The page names (slugs) the manifest lists, the journal of an interrupted batch applied, for the check a
    /// publishing run makes before it starts (is the site whole?). Without a journal the file is checked with
    /// <see cref="JsonDocument"/>, which the configuration has already compiled, instead of the serializer, whose
    /// metadata for the manifest's records would be compiled by every worker's first tick just for this check; the
    /// document is held as it is accepted by <see cref="LoadAsync"/> (the members of every entry of the right kind,
    /// the required ones present).
    /// </summary>
    /// <exception cref="InvalidDataException">The file exists but is not a manifest.</exception>
    public static async Task<IReadOnlyList<string>> ReadSlugsAsync(string siteRoot, CancellationToken cancellationToken)
    {
        if (HasJournal(siteRoot))
        {
            return [.. (await LoadWithJournalAsync(siteRoot, cancellationToken)).Manifest.Articles.Select(a => a.Slug)];
        }

        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return Slugs(document.RootElement) ?? throw new InvalidDataException($"{path}: not a site manifest.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>The slugs of a manifest's entries, or null when <paramref name="root"/> is not a manifest.</summary>
    private static List<string>? Slugs(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("version"u8, out var version) && (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out _)))
        {
            return null;
        }

        // A manifest always lists its articles (the serializer leaves a missing init-only list null: refused too).
        if (!root.TryGetProperty("articles"u8, out var articles) || articles.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var slugs = new List<string>(articles.GetArrayLength());
        foreach (var entry in articles.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !IsEntry(entry) ||
                entry.GetProperty("slug"u8).GetString() is not { } slug)
            {
                return null;
            }

            slugs.Add(slug);
        }

        return slugs;
    }

    /// <summary>What the serializer needs to make a <see cref="SiteManifestEntry"/> that <see cref="LoadAsync"/> accepts.</summary>
    private static bool IsEntry(JsonElement entry)
    {
        var required = Required.None;
        foreach (var member in entry.EnumerateObject())
        {
            var value = member.Value;
            var kind = value.ValueKind;
            var ok = member.Name switch
            {
                "id" => kind == JsonValueKind.String && Mark(ref required, Required.Id),
                "slug" => kind == JsonValueKind.String && Mark(ref required, Required.Slug),
                "title" => kind is JsonValueKind.String or JsonValueKind.Null && Mark(ref required, Required.Title),
                "contentHash" => kind is JsonValueKind.String or JsonValueKind.Null && Mark(ref required, Required.ContentHash),
                "publishedAt" => kind == JsonValueKind.String && value.TryGetDateTimeOffset(out _) && Mark(ref required, Required.PublishedAt),
                "summary" or "author" or "cover" => kind is JsonValueKind.String or JsonValueKind.Null,
                "updatedAt" => kind == JsonValueKind.Null || (kind == JsonValueKind.String && value.TryGetDateTimeOffset(out _)),
                "withdrawn" => kind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null,
                "categories" => kind == JsonValueKind.Null ||
                    (kind == JsonValueKind.Array && value.EnumerateArray().All(c => c.ValueKind is JsonValueKind.String or JsonValueKind.Null)),
                _ => true, // the serializer skips members it does not know
            };
            if (!ok)
            {
                return false;
            }
        }

        return required == Required.All;
    }

    private static bool Mark(ref Required seen, Required member)
    {
        seen |= member;
        return true;
    }

    [Flags]
    private enum Required
    {
        None = 0,
        Id = 1,
        Slug = 2,
        Title = 4,
        ContentHash = 8,
        PublishedAt = 16,
        All = Id | Slug | Title | ContentHash | PublishedAt,
    }

    public static Task SaveAsync(string siteRoot, SiteManifest manifest, CancellationToken cancellationToken) =>
        SaveAsync(siteRoot, manifest, sync: true, cancellationToken);

    /// <summary>Writes the manifest; with <paramref name="sync"/> false it is made durable with its batch.</summary>
    public static Task SaveAsync(string siteRoot, SiteManifest manifest, bool sync, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(manifest, Json.SiteManifest);
        var path = Path.Combine(siteRoot, FileName);
        return sync
            ? AtomicFile.WriteAllTextAsync(path, json + "\n", cancellationToken)
            : AtomicFile.WriteUnsyncedAsync(path, AtomicFile.Utf8(json + "\n"), cancellationToken);
    }
}

[JsonSerializable(typeof(SiteManifest))]
[JsonSerializable(typeof(SiteManifestEntry))]
internal sealed partial class SiteManifestJsonContext : JsonSerializerContext;
