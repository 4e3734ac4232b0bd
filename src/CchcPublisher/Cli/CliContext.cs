using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary>Where commands write: <see cref="Console"/> for tables and colour, <see cref="Out"/> for plain lines
/// that tools parse (diagnostics), so they are never wrapped or decorated; <see cref="Time"/> is the clock every
/// command's host uses (the system clock in production, a fake one in tests).</summary>
internal sealed class CliContext
{
    private readonly Lazy<IAnsiConsole> _console;

    /// <summary>
    /// A context whose console is made by <paramref name="console"/> the first time a command writes a table: <c>run</c>
    /// never does, and the idle worker then never loads Spectre.Console (about 130 methods compiled at start).
    /// </summary>
    public CliContext(Func<IAnsiConsole> console, TextWriter output, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        _console = new Lazy<IAnsiConsole>(console);
        Out = output;
        Time = time;
    }

    public CliContext(IAnsiConsole console, TextWriter output, TimeProvider time)
        : this(() => console, output, time)
    {
        ArgumentNullException.ThrowIfNull(console);
    }

    public CliContext(IAnsiConsole console, TextWriter output)
        : this(console, output, TimeProvider.System)
    {
    }

    public IAnsiConsole Console => _console.Value;

    public TextWriter Out { get; }

    public TimeProvider Time { get; }

    /// <summary>Standard input for commands that read a secret (<c>users add</c>); null means the process's console.</summary>
    public TextReader? In { get; init; }
}
