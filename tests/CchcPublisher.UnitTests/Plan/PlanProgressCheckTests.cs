using System.Text;
using CchcPublisher.Hosting;
using CchcPublisher.Plan;
using CchcPublisher.UnitTests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Plan;

public sealed class PlanProgressCheckTests : IDisposable
{
    private readonly PlanLedger _ledger = new();
    private readonly TempFolder _content = new();

    public void Dispose()
    {
        _ledger.Dispose();
        _content.Dispose();
    }

    private PlanProgressCheck Create(DateTimeOffset now, FakeLogger<PlanProgressCheck> logger)
    {
        var paths = Options.Create(new PathOptions { Content = _content.Path });
        var progress = _ledger.Progress();
        var session = new PlanSession(new FakeContentLoader(), new PlanLoader(paths, NullLogger<PlanLoader>.Instance), progress, _ledger.Ledger, new FakeTimeProvider(now));
        return new PlanProgressCheck(session, progress, logger);
    }

    private void WritePlan(string text)
    {
        Directory.CreateDirectory(Path.Combine(_content.Path, "plan"));
        File.WriteAllText(Path.Combine(_content.Path, "plan", "2026.yaml"), text, new UTF8Encoding(false));
    }

    [Fact]
    public async Task Run_TargetBehindAndIdleTask_LogsWarnings()
    {
        WritePlan(PlanTestData.MinimalPlan +
                  "targets:\n  - { form: website, at_least: 1, per: week }\n" +
                  "tasks:\n  - { id: NV01, name: Tuyên truyền, time: Thường xuyên }\n  - { id: NV02, name: Thủ tục, time: Thường xuyên }\n");
        await _ledger.PublishAsync("a", "website", "2026-01-05 08:00", planTask: "NV01");
        var logger = new FakeLogger<PlanProgressCheck>();

        // Monday 2 February 2026, 08:00 in Hà Nội: when the weekly trigger fires.
        var statuses = await Create(new DateTimeOffset(2026, 2, 2, 1, 0, 0, TimeSpan.Zero), logger).RunAsync(CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 2, 2), Assert.Single(statuses).AsOf);
        var warnings = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
        Assert.Contains(warnings, r => r.Id.Id == 6010 && r.Message.Contains("Trang thông tin điện tử", StringComparison.Ordinal) && r.Message.Contains("đạt 1", StringComparison.Ordinal));
        Assert.Contains(warnings, r => r.Id.Id == 6011 && r.Message.Contains("NV02", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, r => r.Message.Contains("NV01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_AllOnTrack_LogsInformationOnly()
    {
        WritePlan(PlanTestData.MinimalPlan + "targets:\n  - { form: zalo, at_least: 1, per: month }\n");
        await _ledger.PublishAsync("a", "zalo", "2026-01-20 08:00");
        var logger = new FakeLogger<PlanProgressCheck>();

        await Create(new DateTimeOffset(2026, 2, 2, 1, 0, 0, TimeSpan.Zero), logger).RunAsync(CancellationToken.None);

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((LogLevel.Information, 6012), (record.Level, record.Id.Id));
    }

    [Fact]
    public async Task Run_NoCurrentPlan_LogsThatThereIsNone()
    {
        WritePlan(PlanTestData.MinimalPlan);
        var logger = new FakeLogger<PlanProgressCheck>();

        var statuses = await Create(new DateTimeOffset(2027, 2, 1, 1, 0, 0, TimeSpan.Zero), logger).RunAsync(CancellationToken.None);

        Assert.Empty(statuses);
        Assert.Equal(6014, Assert.Single(logger.Collector.GetSnapshot()).Id.Id);
    }

    [Fact]
    public async Task Run_BrokenActivity_WarnsAboutContentErrors()
    {
        WritePlan(PlanTestData.MinimalPlan);
        Directory.CreateDirectory(Path.Combine(_content.Path, "activities"));
        File.WriteAllText(Path.Combine(_content.Path, "activities", "x.yaml"), "date: 2026-13-01\nform: hop-thon\ndescription: x\n");
        var logger = new FakeLogger<PlanProgressCheck>();

        await Create(new DateTimeOffset(2026, 2, 2, 1, 0, 0, TimeSpan.Zero), logger).RunAsync(CancellationToken.None);

        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Id.Id == 6013);
    }
}
