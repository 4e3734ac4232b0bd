using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.EventLog;
using Serilog;
using Serilog.Events;

namespace CchcPublisher.Hosting.Logging;

/// <summary>
/// Where the running service's log goes besides the console: a daily file under <c>data/logs/</c> (Serilog's file
/// sink: rolling, kept <see cref="LogFileOptions.RetainedDays"/> days, every detail including exceptions), and on
/// Windows the Event Log for publication lines and problems.
/// </summary>
internal static class LogFileRegistration
{
    /// <summary>The source name in the Windows Event Log (Application log).</summary>
    public const string EventSource = "CchcPublisher";

    private const string Template = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static IHostApplicationBuilder AddLogFile(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<LogFileOptions>()
            .BindConfiguration(LogFileOptions.SectionName)
            .ValidateSettings(LogFileOptions.SectionName)
            .ValidateOnStart();

        // The logger is made while the host is built, before options can be resolved: read the same settings here
        // (an invalid value is reported by the validation above when the host starts).
        var settings = new LogFileOptions();
        var paths = new PathOptions { BaseFolder = builder.Environment.ContentRootPath };
        try
        {
            builder.Configuration.GetSection(LogFileOptions.SectionName).Bind(settings);
            builder.Configuration.GetSection(PathOptions.SectionName).Bind(paths);
        }
        catch (InvalidOperationException)
        {
            return builder; // A malformed value: the settings validation names it when the host starts.
        }

        if (settings.Enabled && settings.RetainedDays is >= 1 and <= 3650 && !string.IsNullOrWhiteSpace(paths.Data))
        {
            var file = new LoggerConfiguration()
                .MinimumLevel.Is(ToSerilog(settings.MinimumLevel))
                .WriteTo.File(
                    Path.Combine(LogFileOptions.Folder(paths), "cchc-.log"),
                    outputTemplate: Template,
                    formatProvider: CultureInfo.InvariantCulture,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: settings.RetainedDays,
                    shared: true)
                .CreateLogger();
            builder.Logging.AddSerilog(file, dispose: true);
            builder.Logging.AddFilter<Serilog.Extensions.Logging.SerilogLoggerProvider>(null, settings.MinimumLevel);
        }

        if (OperatingSystem.IsWindows())
        {
            AddEventLog(builder.Logging);
        }

        return builder;
    }

    /// <summary>Publication lines (and every warning or error) in the Windows Application log, source "CchcPublisher".</summary>
    [System.Runtime.Versioning.SupportedOSPlatform("windows")]
    private static void AddEventLog(ILoggingBuilder logging)
    {
        logging.AddEventLog(new EventLogSettings { SourceName = EventSource });
        logging.AddFilter<EventLogLoggerProvider>(null, LogLevel.Warning);
        logging.AddFilter<EventLogLoggerProvider>("CchcPublisher.Publishing", LogLevel.Information);
    }

    private static LogEventLevel ToSerilog(LogLevel level) => level switch
    {
        LogLevel.Trace => LogEventLevel.Verbose,
        LogLevel.Debug => LogEventLevel.Debug,
        LogLevel.Information => LogEventLevel.Information,
        LogLevel.Warning => LogEventLevel.Warning,
        LogLevel.Error => LogEventLevel.Error,
        _ => LogEventLevel.Fatal,
    };
}
