namespace CchcPublisher.Publishing;

/// <summary>
/// An exclusive lock file in the data folder, held while a batch publishes. Only one process publishes at a
/// time (the service and a manual <c>publish</c>), so an entry found in state "publishing" while holding the
/// lock can only be left over from a crash. The OS releases the lock if the process dies.
/// </summary>
internal sealed class PublishLock : IDisposable
{
    private readonly FileStream _stream;

    private PublishLock(FileStream stream) => _stream = stream;

    public static async Task<PublishLock> AcquireAsync(string dataRoot, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(dataRoot);
        var path = Path.Combine(dataRoot, ".publish.lock");
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            try
            {
                return new PublishLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new PublishLockTimeoutException(
                    $"Một tiến trình khác (có thể là dịch vụ đang chạy) đang đăng bài từ thư mục dữ liệu '{dataRoot}'. Hãy thử lại sau.", ex);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
