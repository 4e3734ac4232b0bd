using System.Text;

namespace CchcPublisher.Common;

/// <summary>
/// Writes a file so that readers (and a crash) only ever see the old or the new content: a temporary file in the
/// same folder, flushed to disk, then moved over the target (a rename on the same volume). Every output the
/// service produces (pages, outbox requests, scripts, programs, token files) goes through here.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Task WriteAllTextAsync(string path, string contents, CancellationToken cancellationToken) =>
        WriteAllTextAsync(path, contents, ownerOnly: false, cancellationToken);

    /// <param name="path">Target file.</param>
    /// <param name="contents">UTF-8 text to write (no BOM).</param>
    /// <param name="ownerOnly">For secrets: on Unix the folder is created 0700 and the file 0600. On Windows the
    /// file inherits the data folder's ACL (documented: keep the data folder private).</param>
    /// <param name="cancellationToken">Only honoured before the move; pass <c>None</c> when the write must happen.</param>
    public static Task WriteAllTextAsync(string path, string contents, bool ownerOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contents);
        return WriteAllBytesAsync(path, Utf8NoBom.GetBytes(contents), ownerOnly, cancellationToken);
    }

    public static Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        WriteAllBytesAsync(path, bytes, ownerOnly: false, cancellationToken);

    public static Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> bytes, bool ownerOnly, CancellationToken cancellationToken) =>
        WriteAsync(path, ownerOnly, sync: true, (stream, ct) => stream.WriteAsync(bytes, ct).AsTask(), cancellationToken);

    /// <summary>
    /// Replaces the file atomically (temporary file and rename) without its own fsync: for files made durable
    /// together by <see cref="DiskSync"/> at the end of a batch.
    /// </summary>
    /// <remarks>
    /// Synchronous underneath: the bytes are in memory and the file is small, and asynchronous file writes on Linux go
    /// through the thread pool, which cost more than the write itself when a batch writes thousands of pages.
    /// </remarks>
    public static Task WriteUnsyncedAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WriteUnsynced(path, bytes.Span);
        return Task.CompletedTask;
    }

    private static void WriteUnsynced(string path, ReadOnlySpan<byte> bytes)
    {
        var (full, temp) = TargetAndTemp(path, ownerOnly: false);
        try
        {
            using (var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(handle, bytes, fileOffset: 0);
            }

            File.Move(temp, full, overwrite: true);
            Written?.Invoke(full);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes what <paramref name="write"/> streams, atomically; with <paramref name="sync"/> false, without its own fsync (a cache).</summary>
    public static Task WriteStreamedAsync(string path, bool sync, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(path, ownerOnly: false, sync, write, cancellationToken);

    /// <summary>UTF-8 (no BOM) bytes of a text, as the text writers here store it.</summary>
    public static byte[] Utf8(string contents) => Utf8NoBom.GetBytes(contents);

    /// <summary>Copies <paramref name="sourcePath"/> to <paramref name="path"/> atomically.</summary>
    public static Task CopyAsync(string sourcePath, string path, CancellationToken cancellationToken) =>
        CopyAsync(sourcePath, path, sync: true, cancellationToken);

    /// <summary>Copies atomically; with <paramref name="sync"/> false the copy is made durable later by <see cref="DiskSync"/>.</summary>
    public static async Task CopyAsync(string sourcePath, string path, bool sync, CancellationToken cancellationToken)
    {
        await using var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        await WriteAsync(path, ownerOnly: false, sync, (stream, ct) => source.CopyToAsync(stream, ct), cancellationToken);
    }

    /// <summary>Creates the folder if missing (0700 on Unix when <paramref name="ownerOnly"/>).</summary>
    public static void CreateFolder(string folder, bool ownerOnly)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (ownerOnly && !OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        else
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>
    /// Raised with the full path of each file this process has just put in place. A reader that remembers what a
    /// folder held (the content loader's <c>FolderWatch</c>) counts the ones under its folder, so that its own
    /// writes are seen on the very next read without waiting for a file-system event.
    /// </summary>
    public static event Action<string>? Written;

    private static async Task WriteAsync(string path, bool ownerOnly, bool sync, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var (full, temp) = TargetAndTemp(path, ownerOnly);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 81920,
            Options = FileOptions.Asynchronous,
        };
        if (ownerOnly && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            await using (var stream = new FileStream(temp, options))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                if (sync)
                {
                    stream.Flush(flushToDisk: true);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
            Written?.Invoke(full);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>The full target path and a hidden temporary file next to it (same folder, so the move is a rename).</summary>
    private static (string Full, string Temp) TargetAndTemp(string path, bool ownerOnly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        CreateFolder(folder, ownerOnly);
        return (full, Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp"));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden ".tmp" file is harmless and never read.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
