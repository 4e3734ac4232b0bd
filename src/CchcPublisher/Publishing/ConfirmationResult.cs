using CchcPublisher.Ledger;

namespace CchcPublisher.Publishing;

/// <summary>The outcome of <see cref="ManualConfirmation.ConfirmAsync"/>: the entry as stored, or why not.</summary>
internal sealed record ConfirmationResult(bool Confirmed, LedgerEntry? Entry, string? Error)
{
    public static ConfirmationResult Refused(string error) => new(false, null, error);
}
