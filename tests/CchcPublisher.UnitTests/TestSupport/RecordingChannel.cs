using CchcPublisher.Channels;

namespace CchcPublisher.UnitTests.TestSupport;

/// <summary>A channel that remembers what it was asked to publish and answers as the test says.</summary>
internal sealed class RecordingChannel(string name, bool canUpdate = false, bool followsContent = false) : IChannel
{
    public string Name { get; } = name;

    public bool CanUpdate { get; } = canUpdate;

    public List<PublishContext> Published { get; } = [];

    public HashSet<string> OnService { get; } = new(StringComparer.Ordinal);

    public Func<PublishContext, PublishResult>? Respond { get; set; }

    public Func<PublishContext, ReconcileResult>? Reconcile { get; set; }

    /// <summary>What <see cref="IChannel.InFlightLimit"/> answers (zero unless the test says).</summary>
    public TimeSpan InFlightLimit { get; set; }

    /// <summary>What <see cref="IChannel.Snapshot"/> answers for an article.</summary>
    public Func<PublishContext, string?>? SnapshotOf { get; set; }

    /// <summary>Withdrawals asked of this channel.</summary>
    public List<WithdrawContext> Withdrawn { get; } = [];

    /// <summary>How a withdrawal ends (withdrawn unless the test says).</summary>
    public Func<WithdrawContext, WithdrawResult>? RespondToWithdraw { get; set; }

    TimeSpan IChannel.InFlightLimit => InFlightLimit;

    bool IChannel.FollowsContent => followsContent;

    Task<WithdrawResult> IChannel.WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Withdrawn.Add(context);
        var result = RespondToWithdraw?.Invoke(context) ?? WithdrawResult.Withdrawn();
        if (result.Outcome == WithdrawOutcome.Withdrawn)
        {
            OnService.Remove(context.ArticleId);
        }

        return Task.FromResult(result);
    }

    string? IChannel.Snapshot(PublishContext context) => SnapshotOf?.Invoke(context);

    public Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Published.Add(context);
        var result = Respond?.Invoke(context) ?? PublishResult.Published($"{Name}-{context.Article.Id}", $"https://example.test/{Name}/{context.Article.Slug}");
        if (result.Outcome != PublishOutcome.Failed)
        {
            OnService.Add(context.Article.Id);
        }

        return Task.FromResult(result);
    }

    public Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = Reconcile?.Invoke(context) ??
                     (OnService.Contains(context.Article.Id) ? ReconcileResult.FoundAt($"{Name}-{context.Article.Id}", null) : ReconcileResult.NotFound);
        return Task.FromResult(result);
    }
}
