using CchcPublisher.Hosting;
using CchcPublisher.Hosting.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Hosting;

public sealed class VietnameseConsoleFormatterTests
{
    private static string Format(LogLevel level, string message, Exception? exception = null, bool details = false)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 23, 30, 5, TimeSpan.Zero));
        var options = new StaticMonitor(new VietnameseConsoleFormatterOptions { IncludeDetails = details });
        var formatter = new VietnameseConsoleFormatter(options, Options.Create(new CommuneOptions()), time);
        using var writer = new StringWriter();
        formatter.Write(new LogEntry<string>(level, "CchcPublisher.Publishing.ChannelPublisher", new EventId(2103), message, exception, (s, _) => s), null, writer);
        return writer.ToString();
    }

    [Fact]
    public void Write_Warning_CommuneTimeVietnameseLevelNoCategoryNoException()
    {
        var line = Format(LogLevel.Warning, "Đăng \"A\" lên Zalo OA thất bại", new HttpRequestException("Connection refused"));

        Assert.Equal("06:30:05 Cảnh báo: Đăng \"A\" lên Zalo OA thất bại" + Environment.NewLine, line);
    }

    [Fact]
    public void Write_IncludeDetails_AddsCategoryAndException()
    {
        var text = Format(LogLevel.Error, "Lỗi", new InvalidOperationException("chi tiết"), details: true);

        Assert.Contains("CchcPublisher.Publishing.ChannelPublisher 2103", text, StringComparison.Ordinal);
        Assert.Contains("chi tiết", text, StringComparison.Ordinal);
    }

    private sealed class StaticMonitor(VietnameseConsoleFormatterOptions value) : IOptionsMonitor<VietnameseConsoleFormatterOptions>
    {
        public VietnameseConsoleFormatterOptions CurrentValue => value;

        public VietnameseConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<VietnameseConsoleFormatterOptions, string?> listener) => null;
    }
}
