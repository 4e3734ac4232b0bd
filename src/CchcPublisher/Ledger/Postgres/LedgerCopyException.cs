namespace CchcPublisher.Ledger.Postgres;

/// <summary>A ledger copy that was refused or rolled back; the message is for the user (Vietnamese).</summary>
internal sealed class LedgerCopyException : Exception
{
    public LedgerCopyException()
    {
    }

    public LedgerCopyException(string message)
        : base(message)
    {
    }

    public LedgerCopyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
