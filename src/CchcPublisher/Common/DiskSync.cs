using System.Runtime.InteropServices;

namespace CchcPublisher.Common;

/// <summary>
/// Makes many files written without their own fsync durable at once: on Linux one <c>syncfs(2)</c> of the file
/// system that holds them; elsewhere an fsync per file.
/// </summary>
internal static class DiskSync
{
    public static void Sync(IReadOnlyCollection<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        // syncfs needs a descriptor on the file system; .NET opens no directories, so one of the files serves.
        var anchor = files.FirstOrDefault(File.Exists);
        if (anchor is null)
        {
            return;
        }

        if (OperatingSystem.IsLinux())
        {
            using var handle = File.OpenHandle(anchor, FileMode.Open, FileAccess.Read);
            if (SyncFs(handle.DangerousGetHandle().ToInt32()) == 0)
            {
                return;
            }
        }

        foreach (var file in files.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            stream.Flush(flushToDisk: true);
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable and the project does not allow unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SyncFs(int fd);
#pragma warning restore SYSLIB1054
}
