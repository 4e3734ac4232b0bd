namespace CchcPublisher.Ledger;

/// <summary>
/// A ledger shared by several processes (on several machines) that also provides the publish lock, so that one
/// commune publishes in one process at a time across the whole cluster. Without it, the lock is a file in the
/// data folder (<see cref="Publishing.PublishLock"/>), which only serialises processes sharing that folder.
/// </summary>
internal interface ISharedPublishLock
{
    /// <summary>Waits up to <paramref name="timeout"/> for the lock; the lock is released on dispose or when the process dies.</summary>
    Task<IDisposable> AcquirePublishLockAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken);
}
