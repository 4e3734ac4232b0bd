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

    // Vietnamese stays readable in the file (the default encoder would write every letter as \uXXXX).
    private static readonly SiteManifestJsonContext Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

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

    public static Task SaveAsync(string siteRoot, SiteManifest manifest, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(manifest, Json.SiteManifest);
        return AtomicFile.WriteAllTextAsync(Path.Combine(siteRoot, FileName), json + "\n", cancellationToken);
    }
}

[JsonSerializable(typeof(SiteManifest))]
internal sealed partial class SiteManifestJsonContext : JsonSerializerContext;
