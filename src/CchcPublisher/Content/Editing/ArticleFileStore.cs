using System.Globalization;
using System.Security.Cryptography;
using CchcPublisher.Common;
using CchcPublisher.Content.Slugs;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Content.Editing;

/// <summary>
/// Reads and writes article files for the editor. Every write is atomic (<see cref="AtomicFile"/>); a save names
/// the hash of the file as it was opened and is refused when the file changed since (<see cref="SaveOutcome.Conflict"/>
/// carries the disk version, so neither is lost). Before a file is replaced, its current text is kept in
/// <c>&lt;data&gt;/versions/&lt;path under articles without .md&gt;/&lt;UTC time&gt;.md</c>, outside the content
/// folder, so the service never reads it as an article; any of them can be restored.
/// </summary>
internal sealed class ArticleFileStore(IOptions<PathOptions> paths, TimeProvider time)
{
    public const string VersionsFolder = "versions";
    private const string Articles = "articles/";
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".gif"];

    /// <summary>SHA-256 (hex) of a file's bytes: what the editor sends back to detect a concurrent change.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The full path of an article file named by its path relative to the content folder
    /// (<c>articles/…/x.md</c>), or <c>null</c> when the path leaves the articles folder or is not Markdown.
    /// </summary>
    public string? FullPath(string? relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || !relativePath.StartsWith(Articles, StringComparison.Ordinal) ||
            !relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || relativePath.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var root = paths.Value.ArticlesRoot;
        var full = Path.GetFullPath(Path.Combine(paths.Value.ContentRoot, relativePath));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               && !relativePath.Split('/').Any(part => part.Length == 0 || part.StartsWith('.'))
            ? full
            : null;
    }

    /// <summary>The file's text and hash, or <c>null</c> when it does not exist.</summary>
    public async Task<(string Text, string Hash)?> ReadAsync(string relativePath, CancellationToken cancellationToken)
    {
        var full = FullPath(relativePath) ?? throw new ArgumentException("Not an article path.", nameof(relativePath));
        if (!File.Exists(full))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(full, cancellationToken);
        return (Text.SourceTextDecoder.Decode(bytes, new Diagnostics.DiagnosticBag(relativePath))?.Text ?? string.Empty, Hash(bytes));
    }

    /// <summary>
    /// Writes <paramref name="text"/> when the file still has <paramref name="expectedHash"/> (<c>null</c> for a new
    /// file, which must not exist yet). The replaced text is kept as a version first.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(string relativePath, string text, string? expectedHash, CancellationToken cancellationToken)
    {
        var full = FullPath(relativePath) ?? throw new ArgumentException("Not an article path.", nameof(relativePath));
        var current = await ReadAsync(relativePath, cancellationToken);
        if (current is { } disk && !string.Equals(disk.Hash, expectedHash, StringComparison.Ordinal))
        {
            return new SaveOutcome.Conflict(disk.Text, disk.Hash);
        }

        if (current is null && expectedHash is not null)
        {
            return new SaveOutcome.Conflict(string.Empty, string.Empty);
        }

        if (current is { } previous)
        {
            await KeepVersionAsync(relativePath, previous.Text, cancellationToken);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var bytes = AtomicFile.Utf8(text);
        await AtomicFile.WriteAllBytesAsync(full, bytes, cancellationToken);
        return new SaveOutcome.Saved(Hash(bytes));
    }

    /// <summary>A free path for a new article: <c>articles/yyyy/MM/&lt;slug&gt;.md</c> (commune month), <c>-2</c>, <c>-3</c>… when taken.</summary>
    public string NewPath(string title, TimeZoneInfo zone)
    {
        var slug = Slugifier.Slugify(title);
        if (slug.Length == 0)
        {
            slug = "bai-viet";
        }

        var month = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).ToString("yyyy'/'MM", CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var candidate = $"{Articles}{month}/{slug}{(n == 1 ? string.Empty : "-" + n.ToString(CultureInfo.InvariantCulture))}.md";
            if (!File.Exists(FullPath(candidate)))
            {
                return candidate;
            }
        }
    }

    /// <summary>Earlier versions of a file, newest first.</summary>
    public IReadOnlyList<ArticleVersion> Versions(string relativePath)
    {
        var folder = VersionFolder(relativePath);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.md")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Select(name => DateTimeOffset.TryParseExact(name, "yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? new ArticleVersion(name, at)
                : null)
            .OfType<ArticleVersion>()
            .OrderByDescending(v => v.SavedAt)];
    }

    /// <summary>The start of a version's body (after the front matter), to tell versions apart in a list.</summary>
    public string Snippet(string relativePath, ArticleVersion version, int length = 120)
    {
        ArgumentNullException.ThrowIfNull(version);
        var text = File.ReadAllText(Path.Combine(VersionFolder(relativePath), version.Name + ".md")).ReplaceLineEndings("\n");
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        var body = string.Join(' ', (end < 0 ? text : text[(end + 5)..]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return body.Length <= length ? body : body[..length] + "…";
    }

    /// <summary>The text of one earlier version, or <c>null</c> when there is none by that name.</summary>
    public async Task<string?> ReadVersionAsync(string relativePath, string version, CancellationToken cancellationToken)
    {
        if (!Versions(relativePath).Any(v => v.Name == version))
        {
            return null;
        }

        return await File.ReadAllTextAsync(Path.Combine(VersionFolder(relativePath), version + ".md"), cancellationToken);
    }

    /// <summary>
    /// Saves an image sent with the editor next to the article (in <c>anh/</c> under the article's folder) and returns
    /// its path relative to the article, as Markdown and <c>cover</c> write it; <c>null</c> when it is not an image.
    /// </summary>
    public async Task<string?> SaveImageAsync(string articleRelativePath, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var full = FullPath(articleRelativePath) ?? throw new ArgumentException("Not an article path.", nameof(articleRelativePath));
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!ImageExtensions.Contains(extension, StringComparer.Ordinal))
        {
            return null;
        }

        var name = Slugifier.Slugify(Path.GetFileNameWithoutExtension(fileName));
        name = (name.Length == 0 ? "anh" : name) + extension;
        var folder = Path.Combine(Path.GetDirectoryName(full)!, "anh");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, name);
        for (var n = 2; File.Exists(target); n++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n.ToString(CultureInfo.InvariantCulture)}{extension}");
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        await AtomicFile.WriteAllBytesAsync(target, copy.ToArray(), cancellationToken);
        return "anh/" + Path.GetFileName(target);
    }

    /// <summary>The full path of a file next to an article (an image it shows), or <c>null</c> outside the articles folder.</summary>
    public string? FileBeside(string articleRelativePath, string relative)
    {
        var full = FullPath(articleRelativePath);
        if (full is null || string.IsNullOrWhiteSpace(relative) || relative.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, relative));
        return target.StartsWith(paths.Value.ArticlesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               && ImageExtensions.Contains(Path.GetExtension(target).ToLowerInvariant(), StringComparer.Ordinal)
               && File.Exists(target)
            ? target
            : null;
    }

    /// <summary>Keeps <paramref name="text"/> as a version of the file (also used for an editor's text that could not be saved).</summary>
    public async Task KeepVersionAsync(string relativePath, string text, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow().UtcDateTime;
        var name = at.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        while (File.Exists(Path.Combine(VersionFolder(relativePath), name + ".md")))
        {
            at = at.AddMilliseconds(1);
            name = at.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        }

        await AtomicFile.WriteAllTextAsync(Path.Combine(VersionFolder(relativePath), name + ".md"), text, cancellationToken);
    }

    private string VersionFolder(string relativePath)
    {
        var key = relativePath[Articles.Length..^".md".Length];
        return Path.Combine(paths.Value.DataRoot, VersionsFolder, Path.Combine(key.Split('/')));
    }
}
