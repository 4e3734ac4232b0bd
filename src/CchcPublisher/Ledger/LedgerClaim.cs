namespace CchcPublisher.Ledger;

/// <summary>
/// The claim rule every ledger provider applies inside its own lock: an entry another worker holds
/// (<see cref="PublicationState.Publishing"/>) or already published with the same content is refused; otherwise it
/// becomes Publishing, keeping what earlier attempts learnt (first creation, published version, remote id).
/// </summary>
internal static class LedgerClaim
{
    /// <summary>The entry to store for <paramref name="claim"/> over <paramref name="current"/>, or null when refused.</summary>
    public static LedgerEntry? Decide(LedgerEntry? current, LedgerEntry claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (current is not null &&
            (current.State == PublicationState.Publishing ||
             (current.State == PublicationState.Published && current.PublishedHash == claim.ContentHash)))
        {
            return null;
        }

        return claim with
        {
            State = PublicationState.Publishing,
            Attempts = claim.Attempts + 1,
            CreatedAt = current?.CreatedAt ?? claim.CreatedAt,
            PublishedHash = current?.PublishedHash ?? claim.PublishedHash,
            PublishedAt = current?.PublishedAt ?? claim.PublishedAt,
            RemoteId = claim.RemoteId ?? current?.RemoteId,
            RemoteUrl = claim.RemoteUrl ?? current?.RemoteUrl,
        };
    }
}
