using System.Text;

namespace CchcPublisher.Channels.Http;

/// <summary>
/// Writes a file so that readers (and a crash) only ever see the old or the new content: a temporary file in the
/// same folder, flushed to disk, then moved over the target (a rename on the same volume).
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="path">Target file.</param>
    /// <param name="contents">UTF-8 text to write.</param>
    /// <param name="ownerOnly">For secrets: on Unix the folder is created 0700 and the file 0600. On Windows the
    /// file inherits the data folder's ACL (documented: keep the data folder private).</param>
    /// <param name="cancellationToken">Only honoured before the move; pass <c>None</c> when the write must happen.</param>
    public static async Task WriteAllTextAsync(string path, string contents, bool ownerOnly, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(contents);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        CreateFolder(folder, ownerOnly);
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (ownerOnly && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            await using (var stream = new FileStream(temp, options))
            {
                await stream.WriteAsync(Utf8NoBom.GetBytes(contents), cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
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

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover ".tmp" file is harmless and never read.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
