namespace CchcPublisher.Channels;

/// <summary>
/// One place an article goes. Implementations never throw for expected failures (rejections, throttling,
/// timeouts): they return a <see cref="PublishResult"/>. The publisher owns the ledger; channels only talk to
/// their service.
/// </summary>
internal interface IChannel
{
    /// <summary>One of <see cref="ChannelNames"/>.</summary>
    string Name { get; }

    /// <summary>True when a published article that was edited afterwards can be updated in place.</summary>
    bool CanUpdate { get; }

    /// <summary>
    /// True when publications here follow the content folder: removing an article's file (or making it a draft)
    /// takes it off this channel. False for channels whose posts citizens may already have shared (Zalo, Facebook).
    /// </summary>
    bool FollowsContent => false;

    /// <summary>
    /// Publishes (or, when <see cref="PublishContext.Previous"/> holds a remote id and <see cref="CanUpdate"/>,
    /// updates) the article.
    /// </summary>
    Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken);

    /// <summary>
    /// After a crash or an unknown outcome: looks on the service for a publication of this article (by a
    /// marker: file, slug, link or tag) so that nothing is sent twice.
    /// </summary>
    Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken);

    /// <summary>
    /// How long a request may still be at work on the service after it was sent (the total timeout of a call,
    /// its retries included). A claim younger than this is never taken as "not on the service": the post may be
    /// being created right now. Zero for channels that write locally.
    /// </summary>
    TimeSpan InFlightLimit => TimeSpan.Zero;

    /// <summary>
    /// What this channel is about to send, recorded in the ledger at claim time (e.g. the title Zalo will show,
    /// a hash of the Facebook text), so that a later reconciliation matches the version that was sent.
    /// </summary>
    string? Snapshot(PublishContext context) => null;

    /// <summary>
    /// Takes a publication off the service (<see cref="WithdrawContext.Entry"/> holds its remote id): the article's
    /// file was removed or turned into a draft, or the official asked. A channel whose service cannot remove posts
    /// says so, with what the official can do by hand. A publication already gone from the service is withdrawn.
    /// </summary>
    Task<WithdrawResult> WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken) =>
        Task.FromResult(WithdrawResult.NotPossible($"Kênh {ChannelNames.Label(Name)} không gỡ bài tự động được; hãy gỡ bài trực tiếp trên kênh."));
}
