namespace CchcPublisher.Channels.Facebook;

/// <summary>What a Graph error means for a publication (facebook-wordpress reference, A3).</summary>
internal enum FacebookErrorKind
{
    /// <summary>190 and friends: the Page token must be renewed by a person.</summary>
    TokenInvalid,

    /// <summary>Rate limits (4, 17, 32, 341, 613, 80000–80014, 368/1390008): refused before execution; retry later.</summary>
    Throttled,

    /// <summary>368: the Page is temporarily blocked from posting.</summary>
    Blocked,

    /// <summary>506: duplicate post; the earlier attempt probably succeeded: reconcile.</summary>
    Duplicate,

    /// <summary>1, 2, 5xx: the post may have been published: reconcile, never retry blindly.</summary>
    OutcomeUnknown,

    /// <summary>Permissions, bad parameters, content refused: a person must fix something.</summary>
    Permanent,
}
