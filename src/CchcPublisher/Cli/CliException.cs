namespace CchcPublisher.Cli;

/// <summary>A problem the user can fix (bad argument, missing file); its message is Vietnamese and shown as is.</summary>
internal sealed class CliException : Exception
{
    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
