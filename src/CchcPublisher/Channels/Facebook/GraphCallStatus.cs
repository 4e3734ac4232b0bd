namespace CchcPublisher.Channels.Facebook;

internal enum GraphCallStatus
{
    /// <summary>A JSON answer without an error: <see cref="GraphCall.Data"/>.</summary>
    Ok,

    /// <summary>Graph answered with an error object.</summary>
    Error,

    /// <summary>Not sent (usage pause, circuit open, connection refused) or refused before processing.</summary>
    NotSent,

    /// <summary>Sent; the outcome is not known (timeout, 5xx without an error object, unreadable answer).</summary>
    Unknown,
}
