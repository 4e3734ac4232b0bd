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
    /// Publishes (or, when <see cref="PublishContext.Previous"/> holds a remote id and <see cref="CanUpdate"/>,
    /// updates) the article.
    /// </summary>
    Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken);

    /// <summary>
    /// After a crash or an unknown outcome: looks on the service for a publication of this article (by a
    /// marker: file, slug, link or tag) so that nothing is sent twice.
    /// </summary>
    Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken);
}
