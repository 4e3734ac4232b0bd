using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary>Where commands write: <see cref="Console"/> for tables and colour, <see cref="Out"/> for plain lines
/// that tools parse (diagnostics), so they are never wrapped or decorated.</summary>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Out);
