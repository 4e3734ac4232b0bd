namespace CchcPublisher.Channels.Http;

/// <summary>How a social channel (Zalo, Facebook) delivers: to a local outbox folder, or to the real API.</summary>
internal enum ChannelMode
{
    /// <summary>The default: the exact request the API would receive is written as a JSON file under <c>&lt;data&gt;/outbox/&lt;channel&gt;/</c>.</summary>
    Outbox,

    /// <summary>The request is sent to the service.</summary>
    Api,
}
