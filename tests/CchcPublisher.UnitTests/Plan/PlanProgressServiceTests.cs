using CchcPublisher.Content.Categories;
using CchcPublisher.Ledger;
using CchcPublisher.Plan;

namespace CchcPublisher.UnitTests.Plan;

public sealed class PlanProgressServiceTests : IDisposable
{
    private readonly PlanLedger _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private static PlanDocument Plan(string yaml) => PlanTestData.Valid(yaml);

    private static PlanActivity Activity(string date, string form, string? task = null, params string[] categories) => new()
    {
        RelativePath = $"activities/{date}.yaml",
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Form = form,
        TaskId = task,
        Categories = categories,
        Description = "Hoạt động",
    };

    private Task<PlanStatus> EvaluateAsync(PlanDocument plan, string asOf, IReadOnlyList<PlanActivity>? activities = null, DateRange? window = null) =>
        _ledger.Progress().EvaluateAsync(plan, activities ?? [], CategoryTaxonomy.BuiltIn, window,
            DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

    [Fact]
    public async Task Evaluate_WeeklyChannelTarget_CountsPublicationsAndFlagsMissedWeeks()
    {
        var plan = Plan("targets:\n  - { form: website, at_least: 1, per: week }\n");
        await _ledger.PublishAsync("a", "website", "2026-01-06 08:00"); // week 2
        await _ledger.PublishAsync("b", "website", "2026-01-20 08:00"); // week 4
        await _ledger.PublishAsync("c", "zalo", "2026-01-13 08:00");    // another channel: not counted
        await _ledger.PublishAsync("d", "website", "2026-01-14 08:00", state: PublicationState.Failed);

        var status = await EvaluateAsync(plan, "2026-01-25");

        var target = Assert.Single(status.Targets);
        Assert.Equal(2, target.FromLedger);
        Assert.Equal(52, target.Required);
        Assert.Equal(3, target.ExpectedSoFar); // 52 × 25/365 = 3.56
        Assert.False(target.OnTrack);
        Assert.Equal(1, target.Shortfall);
        Assert.Equal(3, target.SpansElapsed); // weeks 2, 3, 4 (week 1 is clipped by the year start)
        Assert.Equal(2, target.SpansMet);
        Assert.Equal(["Tuần 03/2026 (12/01–18/01)"], target.SpansMissed);
    }

    [Fact]
    public async Task Evaluate_PublicationJustBeforeLocalMidnight_CountsForThatDay()
    {
        var plan = Plan("targets:\n  - { form: website, at_least: 1, per: plan }\n");
        await _ledger.PublishAsync("a", "website", "2026-03-31 23:59");
        await _ledger.PublishAsync("b", "website", "2026-04-01 00:00");

        var status = await EvaluateAsync(plan, "2026-03-31");

        Assert.Equal(1, Assert.Single(status.Targets).FromLedger);
    }

    [Fact]
    public async Task Evaluate_RadioTarget_CountsConfirmedBroadcastsNotScriptsOrSessions()
    {
        var plan = Plan("targets:\n  - { form: radio, at_least: 2, per: week }\n");
        await _ledger.PublishAsync("a", "radio", "2026-02-02 06:00");
        await _ledger.PublishAsync("a", PlanForms.RadioBroadcastChannel, "2026-02-02 06:00");
        await _ledger.PublishAsync("c", PlanForms.RadioBroadcastChannel, "2026-02-04 06:00");
        await _ledger.PublishAsync("program/2026-02-04/sang", PlanForms.RadioProgramChannel, "2026-02-04 06:00");
        await _ledger.PublishAsync("b", "website", "2026-02-04 06:00");

        var status = await EvaluateAsync(plan, "2026-02-08");

        var target = Assert.Single(status.Targets);
        Assert.Equal(2, target.FromLedger); // a and c, once each: not a's script, not the session
        Assert.Equal(0, target.FromActivities);
        Assert.Contains("Tuần 05/2026 (26/01–01/02)", target.SpansMissed);
        Assert.DoesNotContain("Tuần 06/2026 (02/02–08/02)", target.SpansMissed);
    }

    [Fact]
    public async Task Evaluate_RadioProgramSession_CountsEachArticleOnceAndNotTheProgramAsAnArticle()
    {
        var plan = Plan("targets:\n  - { form: radio, at_least: 1, per: plan }\n  - { category: [mot-cua], at_least: 1, per: plan }\n");
        await _ledger.PublishAsync("program/2026-03-02/sang", PlanForms.RadioProgramChannel, "2026-03-02 06:00", ["mot-cua", "the-che"]);
        await _ledger.PublishAsync("bai-a", PlanForms.RadioBroadcastChannel, "2026-03-02 06:00", ["mot-cua"]);
        await _ledger.PublishAsync("bai-b", PlanForms.RadioBroadcastChannel, "2026-03-02 06:00", ["the-che"]);

        var status = await EvaluateAsync(plan, "2026-03-31");

        Assert.Equal(2, status.Targets.Single(t => t.Target.Form == "radio").FromLedger);   // two articles aired, the session is not a third
        Assert.Equal(1, status.Targets.Single(t => t.Target.Category == "mot-cua").FromLedger); // bai-a only, not the programme
    }

    [Fact]
    public async Task Evaluate_ChannelTarget_AddsPublicationsRecordedByHand()
    {
        var plan = Plan("targets:\n  - { form: zalo, at_least: 1, per: plan }\n");
        await _ledger.PublishAsync("a", "zalo", "2026-03-02 06:00");
        var activities = new[] { Activity("2026-03-05", "zalo") };

        var status = await EvaluateAsync(plan, "2026-03-31", activities);

        Assert.Equal((1, 1), (status.Targets[0].FromLedger, status.Targets[0].FromActivities));
    }

    [Fact]
    public async Task Evaluate_OfflineFormTarget_CountsOnlyActivities()
    {
        var plan = Plan("targets:\n  - { form: hop-thon, at_least: 1, per: quarter }\n");
        await _ledger.PublishAsync("a", "website", "2026-02-02 06:00");
        var activities = new[] { Activity("2026-02-10", "hop-thon"), Activity("2026-02-11", "hoi-nghi"), Activity("2025-12-30", "hop-thon") };

        var status = await EvaluateAsync(plan, "2026-06-30", activities);

        var target = Assert.Single(status.Targets);
        Assert.Equal((0, 1), (target.FromLedger, target.FromActivities));
        Assert.Equal(4, target.Required);
        Assert.Equal(2, target.ExpectedSoFar);
        Assert.False(target.OnTrack);
        Assert.Equal(["Quý II/2026"], target.SpansMissed);
    }

    [Fact]
    public async Task Evaluate_CategoryTarget_CountsDistinctArticlesAndActivities()
    {
        var plan = Plan("targets:\n  - { category: reform-areas, at_least: 1, per: quarter }\n");
        await _ledger.PublishAsync("a", "website", "2026-01-10 08:00", ["the-che", "cong-vu"]);
        await _ledger.PublishAsync("a", "zalo", "2026-01-10 09:00", ["the-che", "cong-vu"]);
        await _ledger.PublishAsync("a", "radio", "2026-01-11 06:00", ["the-che", "cong-vu"]);
        await _ledger.PublishAsync("b", "website", "2026-02-10 08:00", ["the-che"]);
        var activities = new[] { Activity("2026-03-01", "hop-thon", null, "tai-chinh-cong") };

        var status = await EvaluateAsync(plan, "2026-03-31", activities);

        Assert.Equal(6, status.Targets.Count);
        int Done(string category) => status.Targets.Single(t => t.Target.Category == category).Done;
        Assert.Equal(2, Done("the-che"));       // articles a and b, a once despite three channels
        Assert.Equal(1, Done("cong-vu"));
        Assert.Equal(1, Done("tai-chinh-cong")); // from the activity
        Assert.Equal(0, Done("chinh-quyen-so"));
        Assert.Equal(3, status.Behind.Count());
        Assert.All(status.Targets, t => Assert.Equal(1, t.ExpectedSoFar));
    }

    [Fact]
    public async Task Evaluate_TaskTarget_CountsTaggedArticlesOnly_UntaggedStillCountForChannel()
    {
        var plan = Plan(
            "targets:\n  - { form: website, at_least: 1, per: month }\n" +
            "tasks:\n" +
            "  - id: NV02\n    name: TTHC\n    time: Thường xuyên\n    targets: [{ at_least: 1, per: month }]\n" +
            "  - id: NV05\n    name: Chính quyền số\n    time: Thường xuyên\n    targets: [{ at_least: 1, per: month, form: zalo }]\n" +
            "  - id: NV06\n    name: Khảo sát\n    time: Quý IV\n");
        await _ledger.PublishAsync("a", "website", "2026-01-10 08:00", planTask: "nv02");
        await _ledger.PublishAsync("a", "zalo", "2026-01-10 08:00", planTask: "nv02");
        await _ledger.PublishAsync("b", "website", "2026-01-12 08:00");
        await _ledger.PublishAsync("c", "website", "2026-01-15 08:00", planTask: "NV05");
        await _ledger.PublishAsync("d", "zalo", "2026-01-16 08:00", planTask: "NV05");
        var activities = new[] { Activity("2026-01-20", "niem-yet-tthc", "NV02") };

        var status = await EvaluateAsync(plan, "2026-01-31", activities);

        var channel = status.Targets.Single(t => t.Target.Kind == PlanTargetKind.Form);
        Assert.Equal(3, channel.FromLedger); // a, b, c on the website: the untagged b counts
        var nv02 = status.Targets.Single(t => t.Target.TaskId == "NV02");
        Assert.Equal((1, 1), (nv02.FromLedger, nv02.FromActivities)); // article a once, plus the posting
        var nv05 = status.Targets.Single(t => t.Target.TaskId == "NV05");
        Assert.Equal(1, nv05.FromLedger); // only the Zalo publication of NV05
        Assert.Equal(12, nv05.Required);
        Assert.True(nv05.OnTrack);
        Assert.Collection(status.Tasks,
            t => Assert.Equal((1, 1, true), (t.Articles, t.Activities, t.Started)),
            t => Assert.Equal((2, 0), (t.Articles, t.Activities)),
            t => Assert.False(t.Started));
        Assert.Empty(status.IdleTasks);
    }

    [Fact]
    public async Task Evaluate_TaskWithNothingYet_IsIdle()
    {
        var plan = Plan("tasks:\n  - { id: NV01, name: A, time: Thường xuyên }\n  - { id: NV02, name: B, time: Thường xuyên }\n");
        await _ledger.PublishAsync("a", "website", "2026-01-10 08:00", planTask: "NV01");

        var status = await EvaluateAsync(plan, "2026-02-01");

        Assert.Equal("NV02", Assert.Single(status.IdleTasks).Task.Id);
    }

    [Fact]
    public async Task Evaluate_ReportWindow_RequiresItsShareAndIgnoresOtherQuarters()
    {
        var plan = Plan("targets:\n  - { form: website, at_least: 1, per: week }\n");
        await _ledger.PublishAsync("old", "website", "2026-03-30 08:00");
        for (var week = 0; week < 13; week++)
        {
            await _ledger.PublishAsync($"q2-{week}", "website", new DateTime(2026, 4, 1).AddDays(7 * week).ToString("yyyy-MM-dd 08:00", System.Globalization.CultureInfo.InvariantCulture));
        }

        var status = await EvaluateAsync(plan, "2026-07-15", window: PlanCalendar.Quarter(2026, 2));

        var target = Assert.Single(status.Targets);
        Assert.Equal(PlanCalendar.Quarter(2026, 2), target.Window);
        Assert.Equal(13, target.Required);     // 52 × 91/365 = 12.96
        Assert.Equal(13, target.ExpectedSoFar);
        Assert.Equal(13, target.FromLedger);
        Assert.True(target.Finished);
        Assert.True(target.OnTrack);
    }

    [Fact]
    public async Task Evaluate_BeforeTheTaskStarts_ExpectsNothing()
    {
        var plan = Plan("tasks:\n  - id: NV06\n    name: Khảo sát\n    time: Quý IV\n    targets: [{ form: khao-sat, at_least: 1, per: plan }]\n");

        var status = await EvaluateAsync(plan, "2026-05-01");

        var target = Assert.Single(status.Targets);
        Assert.Equal((1, 0, 0), (target.Required, target.ExpectedSoFar, target.Done));
        Assert.True(target.OnTrack);
        Assert.False(Assert.Single(status.Tasks).Started);
    }
}
