using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary>Where commands write: <see cref="Console"/> for tables and colour, <see cref="Out"/> for plain lines
/// that tools parse (diagnostics), so they are never wrapped or decorated; <see cref="Time"/> is the clock every
/// command's host uses (the system clock in production, a fake one in tests).</summary>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Out, TimeProvider Time)
{
    public CliContext(IAnsiConsole console, TextWriter output)
        : this(console, output, TimeProvider.System)
    {
    }

    /// <summary>Standard input for commands that read a secret (<c>users add</c>); null means the process's console.</summary>
    public TextReader? In { get; init; }
}
