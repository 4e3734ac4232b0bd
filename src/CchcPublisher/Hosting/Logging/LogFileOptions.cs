using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.Hosting.Logging;

/// <summary>
/// The service's log file (section <c>LogFile</c>): one file a day under <c>&lt;Paths:Data&gt;/logs/</c>, with the full
/// details the console leaves out, kept for <see cref="RetainedDays"/> days.
/// </summary>
internal sealed class LogFileOptions
{
    public const string SectionName = "LogFile";

    /// <summary>Write the log file while the service runs. Default on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many daily files to keep (older ones are deleted). Default 30.</summary>
    [Range(1, 3650)]
    public int RetainedDays { get; set; } = 30;

    /// <summary>The least important level written to the file. Default Information (Debug for troubleshooting).</summary>
    public LogLevel MinimumLevel { get; set; } = LogLevel.Information;

    /// <summary>The folder of the log files: <c>&lt;Paths:Data&gt;/logs</c>.</summary>
    public static string Folder(PathOptions paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.DataRoot, "logs");
    }
}
