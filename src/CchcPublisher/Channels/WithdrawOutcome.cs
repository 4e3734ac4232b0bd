namespace CchcPublisher.Channels;

/// <summary>How an attempt to take a publication off a channel ended.</summary>
internal enum WithdrawOutcome
{
    Withdrawn,
    NotPossible,
    Failed,
}
