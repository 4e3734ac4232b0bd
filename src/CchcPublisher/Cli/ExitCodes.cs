namespace CchcPublisher.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Content errors, or a publication failed.</summary>
    public const int Problems = 1;

    /// <summary>Bad command line or configuration.</summary>
    public const int Usage = 2;
}
