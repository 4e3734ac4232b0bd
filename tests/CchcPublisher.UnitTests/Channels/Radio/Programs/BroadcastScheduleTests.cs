using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Programs;

namespace CchcPublisher.UnitTests.Channels.Radio.Programs;

public sealed class BroadcastScheduleTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly BroadcastSchedule Schedule = new(new RadioOptions().EffectiveSlots, Zone);

    [Fact]
    public void StartsAt_MorningSlot_SixLocalIsElevenPmUtcTheDayBefore()
    {
        var start = Schedule.StartsAt(new DateOnly(2026, 11, 23), Schedule.Find("sang")!);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(7), start.Offset);
    }

    [Fact]
    public void Next_LastSlotOfYear_FirstSlotOfNextYear()
    {
        var (date, slot) = Schedule.Next(new DateOnly(2026, 12, 31), Schedule.Find("chieu")!);

        Assert.Equal(new DateOnly(2027, 1, 1), date);
        Assert.Equal("sang", slot.Key);
    }

    [Fact]
    public void Next_Morning_AfternoonSameDay() =>
        Assert.Equal((new DateOnly(2026, 11, 23), "chieu"), (Schedule.Next(new DateOnly(2026, 11, 23), Schedule.Find("sang")!).Date, Schedule.Next(new DateOnly(2026, 11, 23), Schedule.Find("sang")!).Slot.Key));

    [Fact]
    public void Find_CaseInsensitive_UnknownNull()
    {
        Assert.Equal("sang", Schedule.Find("SANG")!.Key);
        Assert.Null(Schedule.Find("trua"));
    }

    [Fact]
    public void Upcoming_AfterMorningSlot_AfternoonThenNextMorning()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));

        var upcoming = Schedule.Upcoming(now, 3);

        Assert.Equal(
            [(new DateOnly(2026, 11, 23), "chieu"), (new DateOnly(2026, 11, 24), "sang"), (new DateOnly(2026, 11, 24), "chieu")],
            upcoming.Select(u => (u.Date, u.Slot.Key)));
        Assert.All(upcoming, u => Assert.True(u.StartsAt > now));
    }
}
