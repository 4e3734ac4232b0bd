using CchcPublisher.Channels;

namespace CchcPublisher.UnitTests.TestSupport;

/// <summary>A channel made local and batched (as the generated website is): calls go to the inner channel; flushes are counted and reported.</summary>
internal sealed class BatchedChannel(IChannel inner) : IChannel, IBatchedChannel
{
    public string Name => inner.Name;

    public bool CanUpdate => inner.CanUpdate;

    public bool FollowsContent => inner.FollowsContent;

    public int Flushes { get; private set; }

    /// <summary>Called at every flush, before it counts.</summary>
    public Func<Task>? OnFlush { get; set; }

    public Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken) => inner.PublishAsync(context, cancellationToken);

    public Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken) => inner.ReconcileAsync(context, cancellationToken);

    public Task<WithdrawResult> WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken) => inner.WithdrawAsync(context, cancellationToken);

    public void BeginBatch()
    {
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (OnFlush is not null)
        {
            await OnFlush();
        }

        Flushes++;
    }
}
