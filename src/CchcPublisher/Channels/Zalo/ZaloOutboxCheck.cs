using CchcPublisher.Channels.Http;

namespace CchcPublisher.Channels.Zalo;

/// <summary>Outbox mode: checks that <c>&lt;data&gt;/outbox/zalo/</c> is writable.</summary>
internal sealed class ZaloOutboxCheck(OutboxWriter outbox) : IChannelCheck
{
    public string Channel => ChannelNames.Zalo;

    public Task<ChannelCheckResult> CheckAsync(CancellationToken cancellationToken) =>
        outbox.CheckAsync(Channel, cancellationToken);
}
