namespace CchcPublisher.Publishing;

/// <summary>Another process kept the publish lock for longer than <see cref="PublishingOptions.LockTimeout"/>.</summary>
internal sealed class PublishLockTimeoutException : Exception
{
    public PublishLockTimeoutException()
    {
    }

    public PublishLockTimeoutException(string message)
        : base(message)
    {
    }

    public PublishLockTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
