using CchcPublisher.Publishing;

namespace CchcPublisher.UnitTests.Publishing;

public sealed class QueueAssignerTests
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly ColumnSchedule Weekly = new(PublishingOptions.DefaultColumn, Vietnam);

    [Fact]
    public void NextSlotAfter_MondayColumn_IsSevenThirtyVietnamTime()
    {
        // Sunday 2026-11-22 10:00 in Hà Nội.
        var slot = Weekly.NextSlotAfter(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(7)));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero), slot!.Value.ToUniversalTime());
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(slot.Value, Vietnam).DayOfWeek);
    }

    [Fact]
    public void Assign_NewArticles_TakeConsecutiveWeeklySlotsInOrder()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7)); // Monday, just after the slot

        var slots = QueueAssigner.Assign(Weekly, ["a", "b", "c"], new Dictionary<string, DateTimeOffset>(), now);

        Assert.Equal(Local(2026, 11, 30), slots["a"]);
        Assert.Equal(Local(2026, 12, 7), slots["b"]);
        Assert.Equal(Local(2026, 12, 14), slots["c"]);
    }

    [Fact]
    public void Assign_AcrossYearEnd_ContinuesIntoJanuary()
    {
        var now = new DateTimeOffset(2026, 12, 22, 9, 0, 0, TimeSpan.FromHours(7));

        var slots = QueueAssigner.Assign(Weekly, ["a", "b", "c"], new Dictionary<string, DateTimeOffset>(), now);

        Assert.Equal(Local(2026, 12, 28), slots["a"]);
        Assert.Equal(Local(2027, 1, 4), slots["b"]);
        Assert.Equal(Local(2027, 1, 11), slots["c"]);
    }

    [Fact]
    public void Assign_ExistingSlotsKept_NewArticleAppendedAfterTail()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));
        var taken = new Dictionary<string, DateTimeOffset> { ["a"] = Local(2026, 12, 7), ["b"] = Local(2026, 12, 14) };

        var slots = QueueAssigner.Assign(Weekly, ["new", "a", "b"], taken, now);

        Assert.Equal(Local(2026, 12, 7), slots["a"]);
        Assert.Equal(Local(2026, 12, 14), slots["b"]);
        Assert.Equal(Local(2026, 12, 21), slots["new"]);
    }

    [Fact]
    public void Assign_TailInThePast_StartsFromNow()
    {
        var now = new DateTimeOffset(2027, 3, 3, 12, 0, 0, TimeSpan.FromHours(7)); // Wednesday
        var taken = new Dictionary<string, DateTimeOffset> { ["old"] = Local(2026, 12, 7) };

        var slots = QueueAssigner.Assign(Weekly, ["new"], taken, now);

        Assert.Equal(Local(2027, 3, 8), slots["new"]);
    }

    [Fact]
    public void Assign_IsDeterministic()
    {
        var now = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(7));
        var first = QueueAssigner.Assign(Weekly, ["a", "b"], new Dictionary<string, DateTimeOffset>(), now);
        var second = QueueAssigner.Assign(Weekly, ["a", "b"], new Dictionary<string, DateTimeOffset>(), now);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Assign_CronWithNoFutureSlots_LeavesArticlesUnassignedInsteadOfThrowing()
    {
        var pastOnly = new ColumnSchedule(new ColumnOptions { Key = "cu", Name = "Cũ", Cron = "0 30 7 ? * MON 2020" }, Vietnam);

        var slots = QueueAssigner.Assign(pastOnly, ["a", "b"], new Dictionary<string, DateTimeOffset>(), new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7)));

        Assert.Empty(slots);
    }

    [Fact]
    public void Assign_PooledSlots_GoToTheFirstQueuedInTheNewOrder()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));

        // "a" and "b" held the first two slots; the official moved "c" to the front.
        var slots = QueueAssigner.Assign(Weekly, ["c", "a", "b"], new Dictionary<string, DateTimeOffset>(), now, [Local(2026, 12, 7), Local(2026, 11, 30)]);

        Assert.Equal(Local(2026, 11, 30), slots["c"]);
        Assert.Equal(Local(2026, 12, 7), slots["a"]);
        Assert.Equal(Local(2026, 12, 14), slots["b"]);
    }

    [Fact]
    public void Assign_PoolAndKeptSlots_KeptStayNewComeAfterBoth()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));
        var taken = new Dictionary<string, DateTimeOffset> { ["gone"] = Local(2026, 12, 14) };

        var slots = QueueAssigner.Assign(Weekly, ["gone", "b", "a", "new"], taken, now, [Local(2026, 11, 30), Local(2026, 12, 7)]);

        Assert.Equal(Local(2026, 12, 14), slots["gone"]);
        Assert.Equal(Local(2026, 11, 30), slots["b"]);
        Assert.Equal(Local(2026, 12, 7), slots["a"]);
        Assert.Equal(Local(2026, 12, 21), slots["new"]);
    }

    private static DateTimeOffset Local(int year, int month, int day) => new(year, month, day, 7, 30, 0, TimeSpan.FromHours(7));
}
