using System.Diagnostics;

namespace CchcPublisher.Content;

/// <summary>
/// Counts file-system events under a folder (any depth), so that a reader can tell cheaply that nothing there
/// changed since it last looked. A watcher that overflows or fails says so (<see cref="Healthy"/> turns false) and
/// is not trusted again; the owner starts a new one.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly FileSystemWatcher? _watcher;
    private readonly string _prefix;
    private long _events;
    private long _writes;
    private volatile bool _healthy;

    private FolderWatch(string folder)
    {
        _prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        Common.AtomicFile.Written += OnWritten;
        try
        {
            _watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => Count();
            _watcher.Created += (_, _) => Count();
            _watcher.Deleted += (_, _) => Count();
            _watcher.Renamed += (_, _) => Count();
            _watcher.Error += (_, _) =>
            {
                _healthy = false;
                Count();
            };
            _watcher.EnableRaisingEvents = true;
            _healthy = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // No watch (missing folder, no inotify instance left, a share that cannot be watched): never trusted.
            _watcher?.Dispose();
            _watcher = null;
        }

        Started = Stopwatch.GetTimestamp();
    }

    /// <summary>Raised after each counted event (tests wait on it instead of sleeping).</summary>
    internal event Action? Changed;

    /// <summary>True while every event is being delivered.</summary>
    public bool Healthy => _healthy;

    /// <summary>When the watch began (a <see cref="Stopwatch"/> timestamp).</summary>
    public long Started { get; }

    /// <summary>Changes so far: file-system events here, and files this process wrote under the folder.</summary>
    public (long Events, long Writes) Stamp => (Interlocked.Read(ref _events), Interlocked.Read(ref _writes));

    public static FolderWatch Start(string folder) => new(folder);

    private void OnWritten(string path)
    {
        // Only this folder's files: a site page or a report written elsewhere says nothing about the content here.
        if (path.StartsWith(_prefix, PathComparison))
        {
            Interlocked.Increment(ref _writes);
        }
    }

    private void Count()
    {
        Interlocked.Increment(ref _events);
        Changed?.Invoke();
    }

    public void Dispose()
    {
        _healthy = false;
        Common.AtomicFile.Written -= OnWritten;
        _watcher?.Dispose();
    }
}
