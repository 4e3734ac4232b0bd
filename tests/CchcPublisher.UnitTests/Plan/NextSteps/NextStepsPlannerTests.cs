using System.Globalization;
using CchcPublisher.Content.Categories;
using CchcPublisher.Plan;
using CchcPublisher.Plan.NextSteps;

namespace CchcPublisher.UnitTests.Plan.NextSteps;

/// <summary>
/// <c>plan next</c>'s arithmetic: the pace line at the end of each week, minus done work and the queue, over the
/// real progress service and a real ledger. 2 December 2026 is a Wednesday of ISO week 49 (30/11–06/12).
/// </summary>
public sealed class NextStepsPlannerTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private readonly PlanLedger _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private static PlanDocument Plan(string yaml) => PlanTestData.Valid(yaml);

    private Task<PlanStatus> StatusAsync(PlanDocument plan) =>
        _ledger.Progress().EvaluateAsync(plan, [], CategoryTaxonomy.BuiltIn, null, Today, CancellationToken.None);

    private static QueuedPublication Queued(string id, string day, string[] channels, string[]? categories = null, string? task = null) =>
        new(id, "Bài " + id, DateOnly.Parse(day, CultureInfo.InvariantCulture), channels, categories ?? ["thu-tuc-hanh-chinh"], task, null);

    /// <summary>47 website publications, one per week from 5 January: on pace on 2 December (52 × 336/365 = 47.9 → 47).</summary>
    private async Task PublishWeeklyAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2026, 1, 5).AddDays(7 * i);
            await _ledger.PublishAsync($"w{i}", "website", $"{day:yyyy-MM-dd} 08:00");
        }
    }

    [Fact]
    public async Task Plan_WeeklyTarget_NeedsEachWeekOnPaceAndCountsQueuedArticlesInTheirWeek()
    {
        var plan = Plan("targets:\n  - { form: website, at_least: 1, per: week }\n");
        await PublishWeeklyAsync(47);
        var status = await StatusAsync(plan);

        var view = NextStepsPlanner.Plan(status, [Queued("tuan-50", "2026-12-09", ["website", "zalo"])], [], Today);

        var gap = Assert.Single(view.Gaps);
        Assert.Equal((5, 1, 4), (gap.Remaining, gap.Queued.Count, gap.StillMissing));
        Assert.Equal("Kênh", gap.Kind);
        Assert.Equal(new DateOnly(2026, 12, 31), gap.Deadline);
        Assert.Equal(5, view.Weeks.Count); // weeks 49 to 53, the last one cut at 31/12
        Assert.Equal(new DateRange(Today, new DateOnly(2026, 12, 6)), view.Weeks[0].Days);
        // End of week 49: 52 × 340/365 = 48.4 → 48, one more than the 47 done.
        Assert.Equal(1, Assert.Single(view.Weeks[0].Needs).Missing);
        // Week 50: 49 expected, the queued article covers it.
        var week50 = Assert.Single(view.Weeks[1].Needs);
        Assert.Equal((0, "tuan-50"), (week50.Missing, Assert.Single(week50.Queued).ArticleId));
        // Weeks 51, 52 and the last days of 53: one each; 1 + 1 + 1 + 1 = the 4 still missing.
        Assert.Equal([1, 1, 1], view.Weeks.Skip(2).Select(w => Assert.Single(w.Needs).Missing));
        Assert.Equal(gap.StillMissing, view.Weeks.SelectMany(w => w.Needs).Sum(n => n.Missing));
    }

    [Fact]
    public async Task Plan_QueuedAheadOfPace_CoversLaterWeeksAndAsksNothingTheyAlreadyHave()
    {
        var plan = Plan("targets:\n  - { form: website, at_least: 1, per: week }\n");
        await PublishWeeklyAsync(47);
        var status = await StatusAsync(plan);

        var view = NextStepsPlanner.Plan(status,
            [Queued("a", "2026-12-03", ["website"]), Queued("b", "2026-12-04", ["website"]), Queued("radio-only", "2026-12-04", ["radio"])],
            [], Today);

        var gap = Assert.Single(view.Gaps);
        Assert.Equal(["a", "b"], gap.Queued.Select(q => q.ArticleId));
        Assert.Equal(0, Assert.Single(view.Weeks[0].Needs).Missing);
        Assert.Empty(view.Weeks[1].Needs); // 49 expected by 13/12, 49 covered by week 49's two articles
        Assert.Equal(1, Assert.Single(view.Weeks[2].Needs).Missing);
    }

    [Fact]
    public async Task Plan_CategoryTarget_CountsEachQueuedArticleOnceAndOnlyInItsCategory()
    {
        var plan = Plan("targets:\n  - { category: the-che, at_least: 3, per: plan }\n" +
                        "tasks:\n  - { id: NV01, name: Thể chế, time: Thường xuyên, categories: [the-che], lead: Phòng Văn hóa - Xã hội }\n");
        await _ledger.PublishAsync("x", "website", "2026-03-02 08:00", categories: ["the-che"]);
        await _ledger.PublishAsync("x", "zalo", "2026-03-02 09:00", categories: ["the-che"]);
        var status = await StatusAsync(plan);

        var view = NextStepsPlanner.Plan(status,
            [Queued("y", "2026-12-07", ["website"], ["the-che"]), Queued("y", "2026-12-08", ["radio"], ["the-che"]), Queued("z", "2026-12-07", ["website"], ["cong-vu"])],
            [], Today);

        var gap = Assert.Single(view.Gaps);
        Assert.Equal((2, 1), (gap.Remaining, gap.StillMissing)); // x once on two channels; y once at two times; z elsewhere
        Assert.Equal("y", Assert.Single(gap.Queued).ArticleId);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], gap.Units);
        Assert.Equal("Lĩnh vực", gap.Kind);
    }

    [Fact]
    public async Task Plan_OfflineForm_IsActivitiesOnlyWithTheUnitsOfItsTasks()
    {
        var plan = Plan("targets:\n  - { form: hop-thon, at_least: 1, per: quarter }\n" +
                        "tasks:\n  - { id: NV01, name: Họp thôn, time: Thường xuyên, forms: [hop-thon], lead: Phòng Văn hóa - Xã hội }\n" +
                        "  - { id: NV02, name: Khác, time: Thường xuyên, forms: [website], lead: Công an xã }\n");
        var status = await StatusAsync(plan);

        var view = NextStepsPlanner.Plan(status, [Queued("a", "2026-12-07", ["website"], task: "NV01")], [], Today);

        var gap = Assert.Single(view.Gaps);
        Assert.True(gap.ActivitiesOnly);
        Assert.Empty(gap.Queued);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], gap.Units);
        Assert.Equal("Hình thức", gap.Kind);
        Assert.Equal((4, 4), (gap.Remaining, gap.StillMissing)); // nothing recorded all year
        // Three quarters are overdue: all three fall in this week; the fourth is due by the end of December.
        Assert.Equal(3, Assert.Single(view.Weeks[0].Needs).Missing);
        Assert.Equal(4, view.Weeks.SelectMany(w => w.Needs).Sum(n => n.Missing));
    }

    [Fact]
    public async Task Plan_TaskTarget_NamesLeadAndPartnersAndCountsItsTaggedArticlesOnTheForm()
    {
        var plan = Plan("tasks:\n  - id: NV02\n    name: Thủ tục hành chính\n    time: Thường xuyên\n    lead: Công an xã\n" +
                        "    partners: [Đoàn Thanh niên]\n    targets: [{ at_least: 4, per: plan, form: zalo }]\n");
        await _ledger.PublishAsync("a", "zalo", "2026-05-02 08:00", planTask: "NV02");
        var status = await StatusAsync(plan);

        var view = NextStepsPlanner.Plan(status,
            [Queued("b", "2026-12-10", ["zalo"], task: "nv02"), Queued("c", "2026-12-10", ["website"], task: "NV02"), Queued("d", "2026-12-11", ["zalo"])],
            [], Today);

        var gap = Assert.Single(view.Gaps);
        Assert.Equal(["Công an xã", "Đoàn Thanh niên"], gap.Units);
        Assert.Equal("b", Assert.Single(gap.Queued).ArticleId); // c is not on Zalo, d is not the task's
        Assert.Equal((3, 2), (gap.Remaining, gap.StillMissing));
    }

    [Fact]
    public async Task Plan_MetOrEndedTargets_AreNotGaps()
    {
        var plan = Plan("targets:\n  - { form: website, at_least: 1, per: plan }\n  - { form: hop-thon, at_least: 1, per: month }\n" +
                        "tasks:\n  - id: NV01\n    name: Quý I\n    time: Quý I năm 2026\n    targets: [{ at_least: 5, per: plan }]\n");
        await _ledger.PublishAsync("a", "website", "2026-02-02 08:00");
        var status = await StatusAsync(plan);

        var view = NextStepsPlanner.Plan(status, [], [], Today);

        // The website target is met, NV01's window ended in March; only December's village meeting is left.
        var gap = Assert.Single(view.Gaps);
        Assert.Equal("hop-thon", gap.Progress.Target.Form);
    }

    [Fact]
    public async Task Plan_FreeSlots_GoToTheirWeekAndCloseOnlyMatchingGaps()
    {
        var plan = Plan("targets:\n  - { form: zalo, at_least: 1, per: week }\n  - { category: cong-vu, at_least: 1, per: month }\n  - { form: hop-thon, at_least: 1, per: month }\n");
        var status = await StatusAsync(plan);
        var offset = TimeSpan.FromHours(7);
        var website = new FreeColumnSlot("web", "Chuyên mục website", new DateTimeOffset(2026, 12, 7, 7, 30, 0, offset), ["website"], ["the-che"]);
        var zalo = new FreeColumnSlot("cchc", "Chuyên mục CCHC", new DateTimeOffset(2026, 12, 14, 7, 30, 0, offset), ["website", "zalo"], []);

        var view = NextStepsPlanner.Plan(status, [], [website, zalo], Today, until: new DateOnly(2026, 12, 20));

        Assert.Equal(3, view.Weeks.Count); // weeks 49, 50, 51 only
        Assert.Equal(new DateOnly(2026, 12, 20), view.Horizon.End);
        Assert.Equal([website], view.Weeks[1].FreeSlots);
        Assert.Equal([zalo], view.Weeks[2].FreeSlots);
        var (zaloGap, category, meeting) = (view.Gaps[0], view.Gaps[1], view.Gaps[2]);
        Assert.False(NextStepsPlanner.CouldClose(website, zaloGap));
        Assert.True(NextStepsPlanner.CouldClose(zalo, zaloGap));
        Assert.False(NextStepsPlanner.CouldClose(website, category)); // the column takes only "the-che"
        Assert.True(NextStepsPlanner.CouldClose(zalo, category));     // any category
        Assert.False(NextStepsPlanner.CouldClose(zalo, meeting));     // a meeting is not published
    }
}
