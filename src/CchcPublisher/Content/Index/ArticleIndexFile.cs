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
/// Kept in the data folder (<c>cache/bai-viet-*.jsonl</c>, one per content folder; see <see cref="ArticleIndexFormat"/>), and only when that folder
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
    /// <summary>The index of the content folder <paramref name="contentRoot"/> in <paramref name="dataRoot"/>, or null when the data folder does not exist.</summary>
    public static ArticleIndexFile? For(string dataRoot, string contentRoot, string key)
    {
        if (!Directory.Exists(dataRoot))
        {
            return null;
        }

        var folderHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(contentRoot)))[..16];
        return new ArticleIndexFile(Path.Combine(dataRoot, "cache", $"bai-viet-{folderHash}.jsonl"), key);
    }

    public string FilePath => path;

    /// <summary>The remembered parses by relative path; empty when there is no usable index.</summary>
    public Dictionary<string, IndexedParse> Read()
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return ArticleIndexFormat.Read(stream, key) ?? new Dictionary<string, IndexedParse>(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or InvalidOperationException)
        {
            // Missing, unreadable or damaged (a torn line, a value of the wrong kind): parse again, write anew.
            return new Dictionary<string, IndexedParse>(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Hands each remembered parse to <paramref name="onEntry"/> as it is read (the index is never held whole); the
    /// number handed out, or null when there is no usable index: then whatever was handed out before the damage must
    /// be dropped.
    /// </summary>
    public int? ReadEach(Action<IndexedParse> onEntry)
    {
        var count = 0;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return ArticleIndexFormat.Read(stream, key, entry =>
            {
                count++;
                onEntry(entry);
            }) ? count : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Replaces the index (atomically: another process reads the old or the new one); false when it could not be written.</summary>
    public bool Write(IEnumerable<IndexedParse> entries)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Streamed: the index of 100,000 articles is tens of MB, never held as one buffer.
            AtomicFile.WriteStreamedAsync(
                path,
                sync: false,
                (stream, ct) => ArticleIndexFormat.WriteAsync(stream, key, entries, ct),
                CancellationToken.None).GetAwaiter().GetResult();
            // The index of builds before 2026-12-04 (one JSON document): replaced by this one, not left to take room.
            File.Delete(Path.ChangeExtension(path, ".json"));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
