namespace CchcPublisher.Hosting;

/// <summary>
/// Gives memory back to the machine after a large piece of work in the long-running worker. A first import or a
/// tick over 10,000 articles leaves the garbage collector holding hundreds of megabytes it will not need again until
/// the next such run (measured: 480-590 MB resident after a 10,000-article tick, 29 MB of it live); the worker then
/// idles for hours beside the commune's other programs. A compacting, decommitting collection after such a run costs
/// tens of milliseconds and returns the rest. Small runs (the usual tick) are left alone.
/// </summary>
internal static class WorkerMemory
{
    /// <summary>Allocated since the last collection here, beyond which a run counts as large.</summary>
    internal const long LargeWorkBytes = 64L * 1024 * 1024;

    private static long _allocatedAtLastReturn = -1;

    /// <summary>
    /// After a run: an aggressive full collection after the first run of the process (start-up is done: the host, the
    /// settings, the first reading of the content) and whenever the process allocated <see cref="LargeWorkBytes"/> or
    /// more since the last one.
    /// </summary>
    /// <returns>True when it collected.</returns>
    public static bool ReturnAfterLargeWork()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var last = Interlocked.Read(ref _allocatedAtLastReturn);
        if (last >= 0 && allocated - last < LargeWorkBytes)
        {
            return false;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Interlocked.Exchange(ref _allocatedAtLastReturn, GC.GetTotalAllocatedBytes());
        return true;
    }
}
