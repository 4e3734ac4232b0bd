namespace CchcPublisher.Channels;

/// <summary>
/// A local channel that defers the work shared by every article of a run (listings, indexes, durability) to
/// the end of a batch instead of paying it per article. The runner opens a batch before the articles and
/// always flushes it afterwards; outside a batch the channel behaves per article as before.
/// </summary>
internal interface IBatchedChannel
{
    /// <summary>Starts deferring shared work until <see cref="FlushAsync"/>.</summary>
    void BeginBatch();

    /// <summary>
    /// Writes what the batch deferred and makes it durable; also finishes a batch an earlier, interrupted
    /// process left behind. Never throws for I/O problems (they are logged and retried by the next flush).
    /// </summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
