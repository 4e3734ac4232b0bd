using System.Text;
using CchcPublisher.Hosting;
using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;
using CchcPublisher.Queries;
using CchcPublisher.UnitTests.Plan;
using CchcPublisher.UnitTests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Queries;

public sealed class ReportCalendarQueryTests : IDisposable
{
    private const string Reporting =
        "reporting:\n" +
        "  - { report: Báo cáo kết quả tuyên truyền CCHC, to: [UBND xã, Phòng Nội vụ], when: \"Định kỳ hàng quý, 6 tháng, một năm\" }\n" +
        "  - { report: Báo cáo của Đài truyền thanh, to: UBND xã, when: Theo quy định }\n";

    private readonly PlanLedger _ledger = new();
    private readonly TempFolder _content = new();

    public void Dispose()
    {
        _ledger.Dispose();
        _content.Dispose();
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static PlanDocument Plan()
    {
        var (plan, diagnostics) = PlanTestData.Read(PlanTestData.MinimalPlan + Reporting);
        Assert.True(plan is not null, string.Join("\n", diagnostics));
        return plan;
    }

    [Theory]
    [InlineData("Định kỳ hàng quý, 6 tháng, một năm", "Quarter,Half,Year")]
    [InlineData("Quý, năm", "Quarter,Year")]
    [InlineData("Báo cáo 6 tháng đầu năm", "Half")]
    [InlineData("Theo Chương trình phối hợp", "")]
    public void Cadences_SeedWording(string text, string expected) =>
        Assert.Equal(expected, string.Join(",", ReportCalendarQuery.Cadences(text)));

    [Fact]
    public void Schedule_Statutory_QuartersHalvesYearDueTheDayAfterCutOff()
    {
        var entries = ReportCalendarQuery.Schedule(Plan(), ReportPeriodRule.Statutory, TimeSpan.FromDays(1));

        var dated = entries.Where(e => e.DueDate is not null).Select(e => (e.Period!.Name, e.DueDate!.Value)).ToList();
        Assert.Equal(
        [
            ("Quý I/2026", D(2026, 3, 15)), ("Quý II/2026", D(2026, 6, 15)), ("6 tháng đầu năm 2026", D(2026, 6, 15)),
            ("Quý III/2026", D(2026, 9, 15)), ("Quý IV/2026", D(2026, 12, 15)), ("6 tháng cuối năm 2026", D(2026, 12, 15)), ("Năm 2026", D(2026, 12, 15)),
        ], dated);
        var free = Assert.Single(entries, e => e.DueDate is null);
        Assert.Equal(("Báo cáo của Đài truyền thanh", "Theo quy định", "UBND xã"), (free.Report, free.When, string.Join("; ", free.To)));
        Assert.Same(free, entries[^1]);
        Assert.Equal(["UBND xã", "Phòng Nội vụ"], entries[0].To);
    }

    [Fact]
    public void Schedule_Calendar_DueAfterCalendarEnds()
    {
        var entries = ReportCalendarQuery.Schedule(Plan(), ReportPeriodRule.Calendar, TimeSpan.FromDays(5));

        Assert.Equal(D(2026, 4, 5), entries[0].DueDate);
        Assert.Equal(PlanCalendar.Quarter(2026, 1), entries[0].Period!.Days);
        Assert.Equal(D(2027, 1, 5), entries.Last(e => e.DueDate is not null).DueDate);
    }

    private ReportReminder Reminder(DateTimeOffset now, FakeLogger<ReportReminder> logger, TimeSpan lead)
    {
        Directory.CreateDirectory(Path.Combine(_content.Path, "plan"));
        File.WriteAllText(Path.Combine(_content.Path, "plan", "2026.yaml"), PlanTestData.MinimalPlan + Reporting, new UTF8Encoding(false));
        var paths = Options.Create(new PathOptions { Content = _content.Path });
        var session = new PlanSession(new FakeContentLoader(), new PlanLoader(paths, NullLogger<PlanLoader>.Instance), _ledger.Progress(), _ledger.Ledger, new FakeTimeProvider(now));
        var options = Options.Create(new PlanOptions { ReportReminderLead = lead });
        return new ReportReminder(new ReportCalendarQuery(session, options), options, logger);
    }

    [Fact]
    public async Task Reminder_WithinLead_WarnsInVietnameseWithDueDateAndCommand()
    {
        var logger = new FakeLogger<ReportReminder>();

        // 10/3/2026 07:30 in Hà Nội: the statutory Quý I report is due on 15/3, five days later.
        var due = await Reminder(new DateTimeOffset(2026, 3, 10, 0, 30, 0, TimeSpan.Zero), logger, TimeSpan.FromDays(7)).RunAsync(CancellationToken.None);

        Assert.Equal("Quý I/2026", Assert.Single(due).Period!.Name);
        var warning = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal(6020, warning.Id.Id);
        Assert.Contains("hạn gửi 15/03/2026, còn 5 ngày; nơi nhận: UBND xã; Phòng Nội vụ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("--period \"Quý I/2026\"", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 3, 7, 7)]  // 8 days before: not yet
    [InlineData(2026, 3, 16, 7)] // the day after: past, no more warning
    [InlineData(2026, 3, 14, 0)] // reminder turned off
    public async Task Reminder_OutsideLeadOrOff_NoWarning(int year, int month, int day, int leadDays)
    {
        var logger = new FakeLogger<ReportReminder>();

        var due = await Reminder(new DateTimeOffset(year, month, day, 0, 30, 0, TimeSpan.Zero), logger, TimeSpan.FromDays(leadDays)).RunAsync(CancellationToken.None);

        Assert.Empty(due);
        Assert.DoesNotContain(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Reminder_OnTheDueDay_WarnsWithZeroDaysLeft()
    {
        var logger = new FakeLogger<ReportReminder>();

        var due = await Reminder(new DateTimeOffset(2026, 6, 15, 0, 30, 0, TimeSpan.Zero), logger, TimeSpan.FromDays(7)).RunAsync(CancellationToken.None);

        Assert.Equal(["Quý II/2026", "6 tháng đầu năm 2026"], due.Select(d => d.Period!.Name));
        Assert.All(logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning), r => Assert.Contains("còn 0 ngày", r.Message, StringComparison.Ordinal));
    }
}
