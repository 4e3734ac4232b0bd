using CchcPublisher.Channels.Http;

namespace CchcPublisher.Channels.Facebook;

/// <summary>Outbox mode: checks that <c>&lt;data&gt;/outbox/facebook/</c> is writable.</summary>
internal sealed class FacebookOutboxCheck(OutboxWriter outbox) : IChannelCheck
{
    public string Channel => ChannelNames.Facebook;

    public Task<ChannelCheckResult> CheckAsync(CancellationToken cancellationToken) =>
        outbox.CheckAsync(Channel, cancellationToken);
}
