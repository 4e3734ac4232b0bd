using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Hosting.Logging;

/// <summary>
/// Console lines for officials: the commune's clock time, "Cảnh báo:" / "Lỗi:" instead of level codes, no logger
/// category, no exception text (that goes to the details shown with <c>Logging:Console:FormatterOptions:IncludeDetails</c>).
/// </summary>
internal sealed class VietnameseConsoleFormatter(
    IOptionsMonitor<VietnameseConsoleFormatterOptions> options,
    IOptions<CommuneOptions> commune,
    TimeProvider time) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "vietnamese";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), commune.Value.GetTimeZone());
        textWriter.Write(local.ToString("HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write(logEntry.LogLevel switch
        {
            LogLevel.Warning => "Cảnh báo: ",
            LogLevel.Error or LogLevel.Critical => "Lỗi: ",
            _ => string.Empty,
        });
        textWriter.WriteLine(message);
        if (logEntry.Exception is { } exception && options.CurrentValue.IncludeDetails)
        {
            textWriter.WriteLine($"  [{logEntry.Category} {logEntry.EventId.Id}] {exception}");
        }
    }
}
