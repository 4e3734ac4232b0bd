namespace CchcPublisher.Channels.Zalo;

/// <summary>What to do about a Zalo error code (zalo-oa reference §6).</summary>
internal enum ZaloErrorKind
{
    /// <summary>A: the access token is invalid or expired: refresh it and retry the call once.</summary>
    RefreshToken,

    /// <summary>B: temporary; retry later.</summary>
    RetryLater,

    /// <summary>The article is still being processed (verify); ask again.</summary>
    Processing,

    /// <summary>C: the official or the OA admin must fix something; retrying will not help.</summary>
    Permanent,
}
