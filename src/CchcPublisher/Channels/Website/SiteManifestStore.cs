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
