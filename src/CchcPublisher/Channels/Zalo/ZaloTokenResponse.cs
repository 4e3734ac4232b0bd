namespace CchcPublisher.Channels.Zalo;

/// <summary>Zalo OAuth v4 token response; on failure <c>error</c> (negative) with <c>error_name</c>. Never printed.</summary>
internal sealed record ZaloTokenResponse(string? AccessToken, string? RefreshToken, long? ExpiresIn, int? Error, string? ErrorName, string? ErrorDescription)
{
    public override string ToString() => $"ZaloTokenResponse {{ Error = {Error}, ErrorName = {ErrorName} }}";
}
