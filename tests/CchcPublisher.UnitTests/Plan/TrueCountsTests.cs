using CchcPublisher.Ledger;
using CchcPublisher.Plan;
using CchcPublisher.Publishing;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Plan;

/// <summary>Outbox items count only after <c>confirm</c>, with the real link and time (issue 12, point 1).</summary>
public sealed class TrueCountsTests : IDisposable
{
    private readonly PlanLedger _ledger = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 20, 3, 0, 0, TimeSpan.Zero));

    public void Dispose() => _ledger.Dispose();

    private async Task<int> ZaloCountAsync()
    {
        var range = new InstantRange(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero));
        return (await _ledger.Ledger.CountAsync(PublicationCount.OnChannels(["zalo"]), [range], CancellationToken.None))[0];
    }

    [Fact]
    public async Task Count_OutboxItemAwaitingManual_NotCountedUntilConfirmed()
    {
        await _ledger.PublishAsync("a", "zalo", "2026-03-02 08:00", state: PublicationState.AwaitingManual);
        Assert.Equal(0, await ZaloCountAsync());

        var result = await new ManualConfirmation(_ledger.Ledger, _time).ConfirmAsync(
            "a", "zalo", "https://zalo.me/post/123", new DateTimeOffset(2026, 3, 5, 8, 15, 0, TimeSpan.FromHours(7)), CancellationToken.None);

        Assert.True(result.Confirmed, result.Error);
        Assert.Equal(1, await ZaloCountAsync());
        var stored = await _ledger.Ledger.FindAsync("a", "zalo", CancellationToken.None);
        Assert.Equal(PublicationState.Published, stored!.State);
        Assert.Equal("https://zalo.me/post/123", stored.RemoteUrl);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 1, 15, 0, TimeSpan.Zero), stored.PublishedAt);
    }

    [Fact]
    public async Task Confirm_WithoutAt_UsesNow()
    {
        await _ledger.PublishAsync("a", "facebook", "2026-03-02 08:00", state: PublicationState.AwaitingManual);

        var result = await new ManualConfirmation(_ledger.Ledger, _time).ConfirmAsync("a", "facebook", "https://facebook.com/x/posts/1", null, CancellationToken.None);

        Assert.Equal(_time.GetUtcNow(), result.Entry!.PublishedAt);
    }

    [Theory]
    [InlineData("a", "zalo", "zalo-outbox.json", null, "http(s)")]
    [InlineData("a", "zalo", "https://zalo.me/1", "2026-03-21T08:00:00+07:00", "tương lai")]
    [InlineData("missing", "zalo", "https://zalo.me/1", null, "record")]
    [InlineData("a", "radio", "https://zalo.me/1", null, "radio confirm")]
    public async Task Confirm_BadInput_RefusedWithVietnameseReasonAndNothingCounted(string id, string channel, string url, string? at, string expected)
    {
        await _ledger.PublishAsync("a", "zalo", "2026-03-02 08:00", state: PublicationState.AwaitingManual);
        await _ledger.PublishAsync("a", "radio", "2026-03-02 08:00", state: PublicationState.AwaitingManual);

        var result = await new ManualConfirmation(_ledger.Ledger, _time).ConfirmAsync(
            id, channel, url, at is null ? null : DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.False(result.Confirmed);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await ZaloCountAsync());
    }

    [Fact]
    public async Task Confirm_FailedEntry_Refused()
    {
        await _ledger.PublishAsync("a", "zalo", "2026-03-02 08:00", state: PublicationState.Failed);

        var result = await new ManualConfirmation(_ledger.Ledger, _time).ConfirmAsync("a", "zalo", "https://zalo.me/1", null, CancellationToken.None);

        Assert.False(result.Confirmed);
    }
}
