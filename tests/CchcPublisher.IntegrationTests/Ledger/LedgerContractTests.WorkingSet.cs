using CchcPublisher.Ledger;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary>What a publishing run reads and writes in bulk: the working set, the next due instant, a batch of outcomes.</summary>
public abstract partial class LedgerContractTests
{
    /// <summary>How many history events the ledger holds for (article, channel).</summary>
    private protected abstract Task<long> CountEventsAsync(string article, string channel);

    [Fact]
    public async Task ListWorkingSet_returns_articles_in_hand_and_matching_slices_each_once_newest_first()
    {
        var ct = TestContext.Current.CancellationToken;
        await Ledger.SaveAsync(Entry("hand", "website", PublicationState.Missed, minutes: 1), ct);
        await Ledger.SaveAsync(Entry("hand", "zalo", PublicationState.Published, minutes: 2), ct);
        await Ledger.SaveAsync(Entry("hand", "radio", PublicationState.Published, minutes: 3), ct); // channel not asked for
        await Ledger.SaveAsync(Entry("gone", "website", PublicationState.Published, minutes: 4), ct);
        await Ledger.SaveAsync(Entry("gone", "zalo", PublicationState.Published, minutes: 5), ct); // not on a followed channel
        await Ledger.SaveAsync(Entry("gone2", "zalo", PublicationState.Failed, minutes: 6), ct);
        await Ledger.SaveAsync(Entry("gone2", "website", PublicationState.Missed, minutes: 7), ct);
        await Ledger.SaveAsync(Entry("other", "zalo", PublicationState.Unknown, minutes: 8), ct);

        var set = await Ledger.ListWorkingSetAsync(new LedgerWorkingSetQuery
        {
            ArticleIds = ["hand", "absent"],
            Channels = ["website", "zalo"],
            Others =
            [
                new() { States = [PublicationState.Scheduled, PublicationState.Failed] },
                new() { States = [PublicationState.Published], Channels = ["website"] },
                new() { States = [PublicationState.Published, PublicationState.Missed], Channels = ["website"] }, // overlaps: still once
            ],
        }, ct);

        Assert.Equal(
            ["gone2/website", "gone2/zalo", "gone/website", "hand/zalo", "hand/website"],
            set.Select(e => $"{e.ArticleId}/{e.Channel}"));
        Assert.Equal(Entry("hand", "zalo", PublicationState.Published, minutes: 2) with { Categories = [] }, set[3] with { Categories = [] });
    }

    [Fact]
    public async Task ListWorkingSet_many_article_ids_and_none()
    {
        var ct = TestContext.Current.CancellationToken;
        await Ledger.SaveAllAsync([.. Enumerable.Range(0, 3000).Select(i => Entry($"a{i:D4}", "website", PublicationState.Published, minutes: i))], ct);
        string[] ids = [.. Enumerable.Range(0, 3000).Where(i => i % 3 == 0).Select(i => $"a{i:D4}")];

        var set = await Ledger.ListWorkingSetAsync(new LedgerWorkingSetQuery { ArticleIds = ids, Channels = ["website"] }, ct);
        var none = await Ledger.ListWorkingSetAsync(new LedgerWorkingSetQuery { ArticleIds = [], Channels = ["website"] }, ct);

        Assert.Equal(Enumerable.Reverse(ids), set.Select(e => e.ArticleId));
        Assert.Empty(none);
    }

    [Fact]
    public async Task ListWorkingSet_column_slice_returns_every_slot_of_a_pair_with_one_slot_after_the_instant()
    {
        var ct = TestContext.Current.CancellationToken;
        var after = T0.AddDays(1);
        await Ledger.SaveAsync(Entry("later", "website", PublicationState.Published) with { DueAt = after.AddDays(6) }, ct);
        await Ledger.SaveAsync(Entry("later", "zalo", PublicationState.Published) with { DueAt = T0 }, ct); // same pair: returned too
        await Ledger.SaveAsync(Entry("later", "radio", PublicationState.Published) with { DueAt = after.AddDays(6), Column = "khac" }, ct);
        await Ledger.SaveAsync(Entry("earlier", "website", PublicationState.Published) with { DueAt = after }, ct); // not after
        await Ledger.SaveAsync(Entry("nocolumn", "website", PublicationState.Published) with { DueAt = after.AddDays(6), Column = null }, ct);
        await Ledger.SaveAsync(Entry("missed", "website", PublicationState.Missed) with { DueAt = after.AddDays(6) }, ct);

        var set = await Ledger.ListWorkingSetAsync(new LedgerWorkingSetQuery
        {
            ArticleIds = [],
            Channels = ["website", "zalo", "radio"],
            Others = [new() { States = [PublicationState.Published, PublicationState.AwaitingManual], ColumnSlotAfter = after }],
        }, ct);

        Assert.Equal(["later/radio", "later/website", "later/zalo"], set.Select(e => $"{e.ArticleId}/{e.Channel}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NextDue_is_the_earliest_scheduled_due_or_retry_after_the_instant()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await Ledger.NextDueAsync(T0, ct));
        await Ledger.SaveAsync(Entry("s-past", "website", PublicationState.Scheduled) with { DueAt = T0.AddMinutes(-1) }, ct);
        await Ledger.SaveAsync(Entry("s", "website", PublicationState.Scheduled) with { DueAt = T0.AddHours(5) }, ct);
        await Ledger.SaveAsync(Entry("missed", "website", PublicationState.Missed) with { DueAt = T0.AddMinutes(1), RetryAfter = T0.AddMinutes(1) }, ct);
        Assert.Equal(T0.AddHours(5), await Ledger.NextDueAsync(T0, ct));

        await Ledger.SaveAsync(Entry("p", "website", PublicationState.Published) with { DueAt = T0.AddMinutes(-9), RetryAfter = T0.AddHours(3) }, ct);
        Assert.Equal(T0.AddHours(3), await Ledger.NextDueAsync(T0, ct));
        await Ledger.SaveAsync(Entry("u", "zalo", PublicationState.Unknown) with { RetryAfter = T0.AddHours(2) }, ct);
        Assert.Equal(T0.AddHours(2), await Ledger.NextDueAsync(T0, ct));
        await Ledger.SaveAsync(Entry("f", "zalo", PublicationState.Failed) with { RetryAfter = T0.AddHours(1) }, ct);
        Assert.Equal(T0.AddHours(1), await Ledger.NextDueAsync(T0, ct));
        Assert.Equal(T0.AddHours(2), await Ledger.NextDueAsync(T0.AddHours(1), ct));
    }

    [Fact]
    public async Task SaveAll_writes_every_entry_with_its_categories_and_one_event_per_change()
    {
        var ct = TestContext.Current.CancellationToken;
        await Ledger.SaveAsync(Entry("a1", "website", PublicationState.Scheduled), ct);
        var missed = Entry("a1", "website", PublicationState.Missed, minutes: 5) with { LastError = "Quá hạn" };
        var same = Entry("a2", "website", PublicationState.Scheduled, minutes: 5);
        await Ledger.SaveAsync(same, ct);

        await Ledger.SaveAllAsync([missed, same, Entry("a3", "zalo", PublicationState.Skipped, minutes: 6)], ct);
        await Ledger.SaveAllAsync([], ct);

        Assert.Equal(PublicationState.Missed, (await Ledger.FindAsync("a1", "website", ct))!.State);
        Assert.Equal("Quá hạn", (await Ledger.FindAsync("a1", "website", ct))!.LastError);
        Assert.Equal(["mot-cua", "the-che"], (await Ledger.FindAsync("a3", "zalo", ct))!.Categories);
        Assert.Equal(3, (await Ledger.ListAsync(new LedgerQuery(), ct)).Count);
        Assert.Equal(2, await CountEventsAsync("a1", "website"));
        Assert.Equal(1, await CountEventsAsync("a2", "website"));
        Assert.Equal(1, await CountEventsAsync("a3", "zalo"));
    }
}
