namespace CchcPublisher.Channels;

/// <summary>
/// Checks that a channel can work (credentials valid, service reachable, output folder writable) without
/// publishing anything. Used by <c>channels check</c>.
/// </summary>
internal interface IChannelCheck
{
    /// <summary>One of <see cref="ChannelNames"/>.</summary>
    string Channel { get; }

    Task<ChannelCheckResult> CheckAsync(CancellationToken cancellationToken);
}
