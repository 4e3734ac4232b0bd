namespace CchcPublisher.Channels.Website;

/// <summary>
/// Exclusive lock on the site folder across threads and processes (the service and a one-shot
/// <c>publish</c> may run at once): a lock file opened with no sharing. Two writers would otherwise both
/// read the manifest and the second save would drop the first one's article.
/// </summary>
internal sealed class SiteLock : IAsyncDisposable
{
    private const string FileName = ".site.lock";
    private static readonly SemaphoreSlim InProcess = new(1, 1);
    private readonly FileStream _file;

    private SiteLock(FileStream file) => _file = file;

    /// <exception cref="TimeoutException">Another process held the lock for longer than <paramref name="wait"/>.</exception>
    public static async Task<SiteLock> AcquireAsync(string siteRoot, TimeProvider time, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        await InProcess.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(siteRoot);
            var path = Path.Combine(siteRoot, FileName);
            var deadline = time.GetUtcNow() + wait;
            while (true)
            {
                try
                {
                    return new SiteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException) when (time.GetUtcNow() < deadline)
                {
                    // Held by another process: it finishes within seconds (one page and the listings).
                    await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
                }
                catch (IOException ex)
                {
                    throw new TimeoutException($"{path} is held by another process.", ex);
                }
            }
        }
        catch
        {
            InProcess.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _file.DisposeAsync();
        InProcess.Release();
    }
}
