namespace CchcPublisher.Channels.Zalo;

internal enum ZaloCallStatus
{
    /// <summary><c>error</c> 0: <see cref="ZaloCall.Data"/> holds the data.</summary>
    Ok,

    /// <summary>Zalo answered with <c>error</c> ≠ 0: nothing was done there.</summary>
    Error,

    /// <summary>The request never reached Zalo, or was refused before being processed.</summary>
    NotSent,

    /// <summary>The request may have been processed: timeout, connection lost, 5xx, unreadable answer.</summary>
    Unknown,

    /// <summary>No access token (refresh failed); nothing was sent.</summary>
    TokenUnavailable,
}
