namespace CchcPublisher.Channels.Website;

/// <summary>How a WordPress call went wrong.</summary>
internal enum WordPressFailureKind
{
    /// <summary>The request never reached WordPress (connection refused, name not found, circuit open).</summary>
    NotSent,

    /// <summary>Sent, but no answer came back (timeout, connection dropped): WordPress may have acted on it.</summary>
    NoAnswer,

    /// <summary>WordPress answered with an error status.</summary>
    Http,

    /// <summary>WordPress answered success, but the body was not what the API promises (not JSON, wrong shape).</summary>
    BadAnswer,
}

/// <summary>A failed WordPress call: what kind, and what WordPress said.</summary>
/// <param name="Status">HTTP status when there was an answer.</param>
/// <param name="Code">WordPress error code, e.g. <c>rest_cannot_create</c>.</param>
/// <param name="Message">WordPress's (English) message, or the transport error.</param>
/// <param name="TermId">With <c>term_exists</c>: the id of the existing category.</param>
/// <param name="RetryAfter">From a <c>Retry-After</c> header.</param>
internal sealed record WordPressFailure(
    WordPressFailureKind Kind,
    int? Status = null,
    string? Code = null,
    string? Message = null,
    int? TermId = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>A POST with this failure may have taken effect on the site.</summary>
    public bool MayHaveApplied => Kind is WordPressFailureKind.NoAnswer or WordPressFailureKind.BadAnswer
        || (Kind == WordPressFailureKind.Http && Status >= 500);

    public override string ToString() => $"{Kind} {Status} {Code} {Message}".Trim();
}
