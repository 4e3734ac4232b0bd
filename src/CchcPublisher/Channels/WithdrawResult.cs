namespace CchcPublisher.Channels;

/// <summary>What a channel did when asked to take a publication off its service.</summary>
/// <param name="Outcome">Withdrawn, not possible on this channel, or failed (try again later).</param>
/// <param name="Message">Vietnamese explanation for the official (what to do by hand, or what went wrong).</param>
internal sealed record WithdrawResult(WithdrawOutcome Outcome, string? Message = null)
{
    /// <summary>Taken off (or already gone from) the service.</summary>
    public static WithdrawResult Withdrawn(string? message = null) => new(WithdrawOutcome.Withdrawn, message);

    /// <summary>The service's API cannot remove it; <paramref name="howByHand"/> says what the official can do.</summary>
    public static WithdrawResult NotPossible(string howByHand) => new(WithdrawOutcome.NotPossible, howByHand);

    /// <summary>The service refused or could not be reached; nothing changed, the ledger keeps the publication.</summary>
    public static WithdrawResult Failed(string error) => new(WithdrawOutcome.Failed, error);
}
