using System.Diagnostics;

namespace CchcPublisher.Content;

/// <summary>
/// Counts file-system events under a folder (any depth), so that a reader can tell cheaply that nothing there
/// changed since it last looked. A watcher that overflows or fails says so (<see cref="Healthy"/> turns false) and
/// is not trusted again; the owner starts a new one.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private long _events;
    private volatile bool _healthy;

    private FolderWatch(string folder)
    {
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

    /// <summary>Changes so far: file-system events here plus files this process wrote anywhere.</summary>
    public (long Events, long Writes) Stamp => (Interlocked.Read(ref _events), Common.AtomicFile.Writes);

    public static FolderWatch Start(string folder) => new(folder);

    private void Count()
    {
        Interlocked.Increment(ref _events);
        Changed?.Invoke();
    }

    public void Dispose()
    {
        _healthy = false;
        _watcher?.Dispose();
    }
}
