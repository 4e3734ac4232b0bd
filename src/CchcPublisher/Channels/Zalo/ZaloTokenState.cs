namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// The OA's OAuth tokens as persisted in <c>&lt;data&gt;/secrets/zalo-oa-token.json</c>. <see cref="ToString"/>
/// never shows a token.
/// </summary>
/// <param name="RefreshToken">The current (single-use) refresh token.</param>
/// <param name="AccessToken">The current access token, if any.</param>
/// <param name="AccessTokenExpiresAt">When the access token expires.</param>
/// <param name="RefreshedAt">When this pair was obtained (a refresh token lives about 3 months).</param>
/// <param name="SeedSha256">SHA-256 of the configured refresh token this chain started from: a different
/// configured token means the admin authorised again, and replaces the stored chain.</param>
/// <param name="RefusedAt">When Zalo refused <paramref name="RefreshToken"/> (-14014): a dead token is never sent
/// again; only a newly configured refresh token (the admin authorised again) starts a new chain.</param>
internal sealed record ZaloTokenState(
    string RefreshToken,
    string? AccessToken,
    DateTimeOffset? AccessTokenExpiresAt,
    DateTimeOffset? RefreshedAt,
    string? SeedSha256,
    DateTimeOffset? RefusedAt = null)
{
    public override string ToString() =>
        $"ZaloTokenState {{ AccessTokenExpiresAt = {AccessTokenExpiresAt:O}, RefreshedAt = {RefreshedAt:O} }}";
}
