using System.Text.Json;
using CchcPublisher.Common;

namespace CchcPublisher.Content.Index;

/// <summary>
/// What the content loader remembers of each article file between processes: the file's length and write time and
/// what parsing it gave (the front matter and the diagnostics, never the body). A <c>publish</c> or <c>validate</c>
/// over 10,000 unchanged articles then lists the folder and reads this one file instead of parsing 10,000; the body
/// is read from the article's own file when a renderer asks (<see cref="ParsedMarkdown.OnDisk"/>), checked
/// against the content hash.
/// <para>
/// Kept in the data folder (<c>cache/bai-viet-*.json</c>, one per content folder), and only when that folder
/// exists: it is a cache, never a source. The whole file is trusted only when its key matches: this build of the
/// program, the categories file and the settings that change a parse (default channels, time zone); diagnostics are
/// shown from the current folder of whoever reads it, so the service and a <c>validate</c> typed elsewhere share one
/// index. An entry is used only when the file's length and write time are those remembered;
/// a file changed less than two seconds before the parse is not remembered (an edit within the file system's time
/// resolution could otherwise go unseen). An unreadable or damaged index is ignored and written anew.
/// </para>
/// </summary>
internal sealed class ArticleIndexFile(string path, string key)
{
    private const int FormatVersion = 1;

    /// <summary>The index of the content folder <paramref name="contentRoot"/> in <paramref name="dataRoot"/>, or null when the data folder does not exist.</summary>
    public static ArticleIndexFile? For(string dataRoot, string contentRoot, string key)
    {
        if (!Directory.Exists(dataRoot))
        {
            return null;
        }

        var folderHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(contentRoot)))[..16];
        return new ArticleIndexFile(Path.Combine(dataRoot, "cache", $"bai-viet-{folderHash}.json"), key);
    }

    public string FilePath => path;

    /// <summary>The remembered parses by relative path; empty when there is no usable index.</summary>
    public Dictionary<string, IndexedParse> Read()
    {
        try
        {
            using var stream = File.OpenRead(path);
            var index = JsonSerializer.Deserialize(stream, ArticleIndexJsonContext.Default.ArticleIndexDocument);
            if (index is null || index.Version != FormatVersion || !string.Equals(index.Key, key, StringComparison.Ordinal))
            {
                return new Dictionary<string, IndexedParse>(StringComparer.Ordinal);
            }

            var entries = new Dictionary<string, IndexedParse>(index.Entries.Count, StringComparer.Ordinal);
            foreach (var entry in index.Entries)
            {
                entries[entry.RelativePath] = entry;
            }

            return entries;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return new Dictionary<string, IndexedParse>(StringComparer.Ordinal);
        }
    }

    /// <summary>Replaces the index (atomically: another process reads the old or the new one); false when it could not be written.</summary>
    public bool Write(IEnumerable<IndexedParse> entries)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var document = new ArticleIndexDocument(FormatVersion, key, [.. entries]);
            // Streamed: the index of 100,000 articles is 100 MB of JSON, never held as one buffer.
            AtomicFile.WriteStreamedAsync(
                path,
                sync: false,
                (stream, ct) => JsonSerializer.SerializeAsync(stream, document, ArticleIndexJsonContext.Default.ArticleIndexDocument, ct),
                CancellationToken.None).GetAwaiter().GetResult();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
