using Microsoft.Extensions.Logging.Console;

namespace CchcPublisher.Hosting.Logging;

/// <summary>Options of <see cref="VietnameseConsoleFormatter"/>.</summary>
internal sealed class VietnameseConsoleFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>Also print the logger category, event id and exception details (for the technician). Default false.</summary>
    public bool IncludeDetails { get; set; }
}
