using System.Collections.Concurrent;
using System.Diagnostics;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Index;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Content;

/// <summary>
/// Reads the whole content folder: the optional <c>categories.yaml</c>, then every <c>*.md</c> under
/// <c>articles/</c> at any depth (hidden files and folders skipped). Files are read and parsed in parallel
/// (bounded by the processor count) but results come back in ordinal path order, so output is stable.
/// Two files with one id are both errors and neither article is kept.
/// <para>
/// A file is parsed again only when it changed: each parse is remembered with the file's size and last write
/// time and the <c>categories.yaml</c> it was read with, so a tick, a console page or a query over 10,000
/// unchanged articles reads directory entries instead of parsing 10,000 files. A file written in the last two
/// seconds is not remembered (an edit of the same size within the file system's time resolution would
/// otherwise go unseen, the "racily clean" case). Every load hands out fresh <see cref="Article"/> copies, so
/// the Markdown a caller parses from one is never kept by the cache.
/// </para>
/// </summary>
internal sealed class ContentLoader(
    ArticleParser parser,
    IOptions<PathOptions> pathOptions,
    ILogger<ContentLoader> logger,
    CurrentTaxonomy? currentTaxonomy = null,
    ContentSnapshotCaching? snapshotCaching = null)
    : IContentLoader, IArticleBodyReader, IDisposable
{
    private const string ArticlesFolder = "articles";

    /// <summary>A file changed this recently is parsed every time: its size and time may not show the next edit.</summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, RememberedParse> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FolderWatch> _watches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RememberedSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _indexRead = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>The clock file write times are compared with (the machine's; tests set the files' times and this clock).</summary>
    internal TimeProvider FileClock { get; set; } = TimeProvider.System;

    /// <summary>The watch of a content folder, once a load has started one (tests wait on its events).</summary>
    internal FolderWatch? WatchOf(string root) => _watches.GetValueOrDefault(Path.GetFullPath(root));

    public Task<ContentSnapshot> LoadAsync(string? contentRoot, CancellationToken cancellationToken)
    {
        var root = contentRoot is null ? pathOptions.Value.ContentRoot : Path.GetFullPath(contentRoot);
        var currentDirectory = Directory.GetCurrentDirectory();
        if (snapshotCaching is null)
        {
            return Task.Run(() => Load(root, currentDirectory, cancellationToken, out _), cancellationToken);
        }

        var watch = Watch(root);
        if (watch.Healthy && _snapshots.TryGetValue(root, out var last) && last.Stamp == watch.Stamp &&
            last.CurrentDirectory == currentDirectory && Stopwatch.GetElapsedTime(last.LoadedAt) < snapshotCaching.TrustFor)
        {
            currentTaxonomy?.Set(last.Snapshot.Taxonomy);
            return Task.FromResult(Fresh(last.Snapshot));
        }

        return Task.Run(() =>
        {
            // The stamp is read before the folder: a change during the load makes the next load read it again.
            var stamp = watch.Stamp;
            var loadedAt = Stopwatch.GetTimestamp();
            var loaded = Load(root, currentDirectory, cancellationToken, out var fingerprint);
            // Listed again and found the same (the periodic re-listing): same generation, so what was computed from it stays.
            var generation = _snapshots.TryGetValue(root, out var previous) && previous.Fingerprint == fingerprint && previous.CurrentDirectory == currentDirectory
                ? previous.Snapshot.Generation
                : Interlocked.Increment(ref _generation);
            var snapshot = loaded with { Generation = generation };
            if (watch.Healthy)
            {
                _snapshots[root] = new RememberedSnapshot(snapshot, stamp, currentDirectory, loadedAt, fingerprint);
            }

            return Fresh(snapshot);
        }, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var watch in _watches.Values)
        {
            watch.Dispose();
        }

        _watches.Clear();
        _snapshots.Clear();
    }

    /// <summary>The folder's watch, started again when the last one failed.</summary>
    private FolderWatch Watch(string root)
    {
        var watch = _watches.GetOrAdd(root, FolderWatch.Start);
        if (watch.Healthy || Stopwatch.GetElapsedTime(watch.Started) < TimeSpan.FromSeconds(30))
        {
            return watch;
        }

        // A failed watch is retried now and then (the folder may have been created, an overflow may be over).
        var fresh = FolderWatch.Start(root);
        if (_watches.TryUpdate(root, fresh, watch))
        {
            watch.Dispose();
            return fresh;
        }

        fresh.Dispose();
        return _watches[root];
    }

    /// <summary>The snapshot with fresh article copies (see <see cref="Fresh(ArticleParseResult)"/>).</summary>
    private static ContentSnapshot Fresh(ContentSnapshot snapshot) =>
        snapshot with { Articles = [.. snapshot.Articles.Select(a => a with { BodySource = a.BodySource.Copy() })] };

    /// <param name="root">Content folder.</param>
    /// <param name="currentDirectory">For the paths diagnostics show.</param>
    /// <param name="cancellationToken">Stops the parsing.</param>
    /// <param name="fingerprint">SHA-256 of what the snapshot holds: every file's path, length and write time, every
    /// article's content hash, the diagnostics, the categories file's hash and the queue order.</param>
    private ContentSnapshot Load(string root, string currentDirectory, CancellationToken cancellationToken, out string fingerprint)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var (taxonomy, taxonomyKey) = LoadTaxonomy(root, currentDirectory, diagnostics);
        currentTaxonomy?.Set(taxonomy);

        var articlesRoot = Path.Combine(root, ArticlesFolder);
        if (!Directory.Exists(articlesRoot))
        {
            logger.ArticlesFolderMissing(articlesRoot);
            diagnostics.Add(new Diagnostic(DiagnosticPaths.Display(articlesRoot, currentDirectory), 1, 1, DiagnosticSeverity.Error,
                DiagnosticCodes.ArticlesFolderMissing,
                $"Không tìm thấy thư mục bài viết \"{articlesRoot}\". Hãy tạo thư mục \"articles\" trong thư mục nội dung, hoặc chỉ đúng thư mục nội dung bằng --content."));
            fingerprint = "no-articles-folder:" + taxonomyKey;
            return new ContentSnapshot([], diagnostics, taxonomy);
        }

        var files = ListArticleFiles(articlesRoot, root);
        var results = new ArticleParseResult[files.Length];
        var index = IndexFor(root, taxonomyKey);
        // Another process's parses (a cold `publish` or `validate`), read once per folder: the worker's later loads
        // find everything in `_parsed`.
        int? indexed = index is not null && !_indexRead.ContainsKey(root) && files.Any(f => !_parsed.ContainsKey(f.FullPath))
            ? RememberFromIndex(index, files, currentDirectory, taxonomyKey)
            : null;
        _indexRead.TryAdd(root, 0);
        // Remembered parses first, in order on this thread (10,000 from the index in milliseconds; shared between
        // threads they were slower than alone), then only the files to parse in parallel.
        var toParse = new List<int>();
        for (var i = 0; i < files.Length; i++)
        {
            if (Remembered(files[i], currentDirectory, taxonomyKey) is { } remembered)
            {
                results[i] = remembered;
            }
            else
            {
                toParse.Add(i);
            }
        }

        var parsedNow = toParse.Count;
        Parallel.For(
            0,
            toParse.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            k => results[toParse[k]] = ParseAndRemember(files[toParse[k]], currentDirectory, taxonomy, taxonomyKey));
        var forgotten = Forget(articlesRoot, files);
        if (index is not null && (parsedNow > 0 || forgotten > 0 || (indexed is not null && indexed != files.Length)))
        {
            WriteIndex(index, files);
        }

        var duplicates = FindDuplicateIds(results, files, currentDirectory);
        var articles = new List<Article>(results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            if (duplicates.TryGetValue(i, out var duplicateError))
            {
                diagnostics.AddRange(results[i].Diagnostics.Append(duplicateError).OrderBy(d => d.Line).ThenBy(d => d.Column));
                continue;
            }

            diagnostics.AddRange(results[i].Diagnostics);
            if (results[i].Article is { } article)
            {
                articles.Add(article);
            }
        }

        logger.ContentLoaded(articles.Count, root, diagnostics.Count(d => d.IsError), diagnostics.Count(d => !d.IsError), stopwatch.ElapsedMilliseconds);
        var queueOrder = QueueOrderFile.Read(root);
        fingerprint = Fingerprint(files, articles, diagnostics, taxonomyKey, queueOrder);
        return new ContentSnapshot(articles, diagnostics, taxonomy, queueOrder);
    }

    private static string Fingerprint(
        ArticleFile[] files, List<Article> articles, List<Diagnostic> diagnostics, string taxonomyKey, IReadOnlyList<string>? queueOrder)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text + "\n"));
        Add(taxonomyKey);
        foreach (var file in files)
        {
            Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file.RelativePath}\t{file.Length}\t{file.ModifiedAt.UtcTicks}"));
        }

        foreach (var article in articles)
        {
            Add(article.Id + "\t" + article.ContentHash);
        }

        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic.ToString());
        }

        Add(queueOrder is null ? "-" : string.Join("\t", queueOrder));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The taxonomy, and a key that changes whenever it may have (the file's hash; "" for the built-in one).</summary>
    private (CategoryTaxonomy Taxonomy, string Key) LoadTaxonomy(string root, string currentDirectory, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(root, CategoryFileReader.FileName);
        if (!File.Exists(path))
        {
            return (CategoryTaxonomy.BuiltIn, string.Empty);
        }

        var display = DiagnosticPaths.Display(path, currentDirectory);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.FileUnreadable(ex, path);
            diagnostics.Add(Unreadable(display, ex));
            return (CategoryTaxonomy.BuiltIn, "unreadable");
        }

        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
        CategoryFileResult result;
        try
        {
            result = CategoryFileReader.Read(bytes, display, CategoryTaxonomy.BuiltIn);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.FileUnreadable(ex, path);
            diagnostics.Add(UnexpectedFailure(display));
            return (CategoryTaxonomy.BuiltIn, key);
        }

        diagnostics.AddRange(result.Diagnostics);
        logger.CategoriesFileRead(path, result.Taxonomy.All.Count);
        return (result.Taxonomy, key);
    }

    /// <summary>Every <c>*.md</c> file (any letter case) under the articles folder, in ordinal order of the relative path.</summary>
    private static ArticleFile[] ListArticleFiles(string articlesRoot, string contentRoot)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return [.. new DirectoryInfo(articlesRoot).EnumerateFiles("*.md", options)
            .Where(f => f.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            .Select(f => new ArticleFile(
                f.FullName,
                Path.GetRelativePath(contentRoot, f.FullName).Replace(Path.DirectorySeparatorChar, '/'),
                new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero),
                f.Length))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>The file's parse remembered here (or read from the index), when the file, the taxonomy and the display folder are unchanged; else null.</summary>
    private ArticleParseResult? Remembered(ArticleFile file, string currentDirectory, string taxonomyKey) =>
        IsRemembered(file, currentDirectory, taxonomyKey, out var remembered) ? Fresh(remembered.Result) : null;

    private bool IsRemembered(ArticleFile file, string currentDirectory, string taxonomyKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RememberedParse? remembered) =>
        _parsed.TryGetValue(file.FullPath, out remembered) &&
        remembered.Length == file.Length && remembered.ModifiedAt == file.ModifiedAt &&
        remembered.TaxonomyKey == taxonomyKey && remembered.CurrentDirectory == currentDirectory;

    /// <summary>
    /// Remembers the index's parses of the listed files that are unchanged (and not remembered here already), one
    /// line at a time: an entry is let go as soon as its article is made, so the index's copies die young instead of
    /// being held, all 10,000, until the load ends. The number of entries in the index; 0 when it is missing or
    /// unusable (then nothing of it is kept, and it is written anew).
    /// </summary>
    private int RememberFromIndex(ArticleIndexFile index, ArticleFile[] files, string currentDirectory, string taxonomyKey)
    {
        var byPath = new Dictionary<string, ArticleFile>(files.Length, StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath[file.RelativePath] = file;
        }

        var added = new List<string>();
        var count = index.ReadEach(entry =>
        {
            if (byPath.TryGetValue(entry.RelativePath, out var file) && !IsRemembered(file, currentDirectory, taxonomyKey, out _) &&
                entry.Length == file.Length && entry.ModifiedTicks == file.ModifiedAt.UtcTicks && StillValid(entry))
            {
                var fromIndex = entry.ToResult(file.FullPath, file.RelativePath, this, DiagnosticPaths.Display(file.FullPath, currentDirectory));
                _parsed[file.FullPath] = new RememberedParse(file.Length, file.ModifiedAt, taxonomyKey, currentDirectory, fromIndex);
                added.Add(file.FullPath);
            }
        });
        if (count is null)
        {
            // A damaged index is not trusted for any file: those are parsed again and the index written anew.
            foreach (var path in added)
            {
                _parsed.TryRemove(path, out _);
            }
        }

        return count ?? 0;
    }

    /// <summary>The file parsed, and remembered unless it was written just now or could not be read.</summary>
    private ArticleParseResult ParseAndRemember(ArticleFile file, string currentDirectory, CategoryTaxonomy taxonomy, string taxonomyKey)
    {
        var result = BodyOnDisk(ParseFile(file, currentDirectory, taxonomy));
        // File times come from the machine's clock, whatever clock the commune's schedule runs on.
        if (FileClock.GetUtcNow() - file.ModifiedAt > RacyWindow && result.Diagnostics.All(d => d.Code != DiagnosticCodes.FileUnreadable))
        {
            _parsed[file.FullPath] = new RememberedParse(file.Length, file.ModifiedAt, taxonomyKey, currentDirectory, result);
        }
        else
        {
            _parsed.TryRemove(file.FullPath, out _);
        }

        return Fresh(result);
    }

    /// <summary>A copy whose body is parsed anew on first use, so that nothing a caller renders stays in the cache.</summary>
    private static ArticleParseResult Fresh(ArticleParseResult result) =>
        result.Article is { } article ? result with { Article = article with { BodySource = article.BodySource.Copy() } } : result;

    /// <summary>
    /// The parse with its article's body left in the file: read again (and checked against the content hash) when a
    /// renderer asks, so neither this cache nor a snapshot holds the bodies of thousands of articles.
    /// </summary>
    private ArticleParseResult BodyOnDisk(ArticleParseResult result)
    {
        if (result.Article is not { } article)
        {
            return result;
        }

        return result with { Article = article with { BodySource = OnDisk(article.SourcePath, article.ContentHash) } };
    }

    private ParsedMarkdown OnDisk(string path, string hash) => ParsedMarkdown.OnDisk(this, path, hash);

    /// <summary>False when a remembered parse depends on something besides its file that changed: the cover image it found, or did not find.</summary>
    private static bool StillValid(IndexedParse entry) =>
        (entry.Article?.CoverPath is not { } cover || File.Exists(cover)) &&
        entry.Diagnostics.All(d => d.Code is not (DiagnosticCodes.CoverNotFound or DiagnosticCodes.FileUnreadable or DiagnosticCodes.UnexpectedFailure));

    /// <summary>
    /// The index of the folder's parses in the data folder (none when the data folder does not exist yet). Not keyed by
    /// the current folder: the service and a <c>validate</c> typed elsewhere share it, each showing its own paths.
    /// </summary>
    private ArticleIndexFile? IndexFor(string root, string taxonomyKey) =>
        ArticleIndexFile.For(
            pathOptions.Value.DataRoot,
            root,
            string.Join("\n", typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N"), taxonomyKey, parser.SettingsKey));

    /// <summary>Writes what is remembered of the folder's files (those changed in the last seconds are left out, as in <c>_parsed</c>).</summary>
    private void WriteIndex(ArticleIndexFile index, ArticleFile[] files)
    {
        var entries = new List<IndexedParse>(files.Length);
        foreach (var file in files)
        {
            if (_parsed.TryGetValue(file.FullPath, out var remembered) && remembered.Length == file.Length && remembered.ModifiedAt == file.ModifiedAt &&
                IndexedParse.From(file.RelativePath, file.Length, file.ModifiedAt, remembered.Result) is var entry && StillValid(entry))
            {
                entries.Add(entry);
            }
        }

        if (!index.Write(entries))
        {
            logger.IndexNotWritten(index.FilePath);
        }
    }

    /// <summary>The body of the file at <paramref name="path"/> when it still holds version <paramref name="hash"/>.</summary>
    string IArticleBodyReader.ReadBody(string path, string hash)
    {
        try
        {
            return ArticleParser.ReadBody(File.ReadAllBytes(path), hash, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArticleChangedException)
        {
            // The next load lists the folder and parses this file again instead of trusting what it remembers.
            _parsed.TryRemove(path, out _);
            _snapshots.Clear();
            logger.BodyChanged(path);
            throw ex as ArticleChangedException
                ?? new ArticleChangedException($"Không đọc lại được tệp \"{path}\" sau khi chương trình đọc danh sách bài.", ex) { SourcePath = path };
        }
    }

    /// <summary>Drops what is remembered of files under <paramref name="articlesRoot"/> that are gone; the number dropped.</summary>
    private int Forget(string articlesRoot, ArticleFile[] files)
    {
        if (_parsed.Count <= files.Length)
        {
            return 0;
        }

        var dropped = 0;

        var present = files.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _parsed.Keys)
        {
            if (path.StartsWith(articlesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !present.Contains(path) &&
                _parsed.TryRemove(path, out _))
            {
                dropped++;
            }
        }

        return dropped;
    }

    private ArticleParseResult ParseFile(ArticleFile file, string currentDirectory, CategoryTaxonomy taxonomy)
    {
        var display = DiagnosticPaths.Display(file.FullPath, currentDirectory);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.FileUnreadable(ex, file.FullPath);
            return new ArticleParseResult(null, [Unreadable(display, ex)]);
        }

        try
        {
            return parser.Parse(new ArticleSource(file.FullPath, file.RelativePath, display, bytes, file.ModifiedAt), taxonomy);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One file must never stop the others: whatever a parser throws becomes this file's error.
            logger.FileUnreadable(ex, file.FullPath);
            return new ArticleParseResult(null, [UnexpectedFailure(display)]);
        }
    }

    /// <summary>The error for a file a reader failed on unexpectedly: no exception text, which would be English.</summary>
    public static Diagnostic UnexpectedFailure(string display) =>
        new(display, 1, 1, DiagnosticSeverity.Error, DiagnosticCodes.UnexpectedFailure,
            "Chương trình không đọc được tệp này vì một lỗi chưa lường trước; tệp tạm thời không được dùng, các tệp khác vẫn được xử lý. "
            + "Hãy kiểm tra nội dung tệp (nhất là phần đầu giữa hai dòng \"---\") và báo cho người quản trị kèm tệp này.");

    /// <summary>Indexes of results whose article shares its id with another, each with the error to add.</summary>
    private static Dictionary<int, Diagnostic> FindDuplicateIds(ArticleParseResult[] results, ArticleFile[] files, string currentDirectory)
    {
        var errors = new Dictionary<int, Diagnostic>();
        var groups = Enumerable.Range(0, results.Length)
            .Where(i => results[i].Article is not null)
            .GroupBy(i => results[i].Article!.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            foreach (var i in group)
            {
                var others = string.Join(", ", group.Where(j => j != i).Select(j => files[j].RelativePath));
                var result = results[i];
                errors[i] = new Diagnostic(DiagnosticPaths.Display(files[i].FullPath, currentDirectory),
                    result.IdLine, result.IdColumn, DiagnosticSeverity.Error, DiagnosticCodes.DuplicateId,
                    $"Mã bài \"{group.Key}\" trùng với bài {others}: cả hai bài đều không được đăng. Đổi tên tệp, hoặc ghi \"id: ...\" khác nhau ở mỗi bài.");
            }
        }

        return errors;
    }

    /// <summary>The error for a file that cannot be read, said by cause (no exception text: it would be English).</summary>
    public static Diagnostic Unreadable(string display, Exception ex) =>
        new(display, 1, 1, DiagnosticSeverity.Error, DiagnosticCodes.FileUnreadable,
            ex switch
            {
                UnauthorizedAccessException => "Không đọc được tệp: tài khoản chạy chương trình không có quyền đọc tệp này.",
                FileNotFoundException or DirectoryNotFoundException => "Không đọc được tệp: tệp vừa bị xóa hoặc đổi tên trong lúc đọc.",
                _ => "Không đọc được tệp: tệp đang bị chương trình khác khóa (ví dụ đang mở trong Word) hoặc ổ đĩa bị lỗi. Đóng tệp rồi thử lại.",
            });

    private sealed record ArticleFile(string FullPath, string RelativePath, DateTimeOffset ModifiedAt, long Length);

    private sealed record RememberedSnapshot(ContentSnapshot Snapshot, (long Events, long Writes) Stamp, string CurrentDirectory, long LoadedAt, string Fingerprint);

    private sealed record RememberedParse(long Length, DateTimeOffset ModifiedAt, string TaxonomyKey, string CurrentDirectory, ArticleParseResult Result);
}
