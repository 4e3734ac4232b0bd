using CchcPublisher.Common;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>
/// Turns a prepared radio program into a broadcast. <c>radio confirm --date D --slot S [--items …]</c>: the
/// operator says the program aired, in full or only the listed items; items not aired go back to waiting for
/// a later program. With <see cref="RadioOptions.AutoConfirmBroadcast"/>, <see cref="AutoConfirmDueAsync"/>
/// takes every program still unconfirmed after its slot as aired in full. Each aired article counts once, as its
/// <c>radio-broadcast</c> entry, at the program's start; the program entry is the session.
/// </summary>
internal sealed class BroadcastConfirmation(ILedger ledger, IOptions<RadioOptions> options, RadioProgramService programs, TimeProvider time)
{
    public bool Automatic => options.Value.AutoConfirmBroadcast;

    /// <returns>The number of items confirmed as aired, or an error message.</returns>
    public async Task<(int Aired, int NotAired, string? Error)> ConfirmAsync(
        DateOnly date, string slotKey, IReadOnlyCollection<string>? items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slotKey);
        var schedule = programs.Schedule;
        if (schedule.Find(slotKey) is not { } slot)
        {
            var keys = schedule.Slots.Select(s => s.Key).ToList();
            var suggestion = NearestMatch.Find(slotKey, keys);
            return (0, 0, $"Không có khung giờ phát thanh '{slotKey}'" + (suggestion is null ? "" : $"; có phải là '{suggestion}'?") +
                $" Các khung giờ đã cấu hình: {string.Join(", ", keys)}.");
        }

        var id = RadioProgram.IdFor(date, slot);
        if (await ledger.FindAsync(id, RadioLedgerChannels.Program, cancellationToken) is not { } program)
        {
            return (0, 0, $"Chưa có chương trình {id}: lập bằng radio program --date {date:yyyy-MM-dd} --slot {slot.Key} trước khi xác nhận.");
        }

        var startsAt = schedule.StartsAt(date, slot);
        if (startsAt > time.GetUtcNow())
        {
            return (0, 0, $"Buổi phát {id} chưa bắt đầu; chỉ xác nhận sau khi đã phát.");
        }

        return await ConfirmProgramAsync(program, startsAt, items, cancellationToken);
    }

    /// <summary>With automatic confirmation on: confirms every prepared program whose slot has ended. Returns how many.</summary>
    public async Task<int> AutoConfirmDueAsync(CancellationToken cancellationToken)
    {
        if (!Automatic)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var pending = await ledger.ListAsync(
            new LedgerQuery { Channel = RadioLedgerChannels.Program, States = [PublicationState.AwaitingManual] }, cancellationToken);
        var confirmed = 0;
        foreach (var program in pending)
        {
            var slotKey = program.ArticleId[(program.ArticleId.LastIndexOf('/') + 1)..];
            var length = programs.Schedule.Find(slotKey)?.MaxLength ?? TimeSpan.Zero;
            if (program.DueAt is { } startsAt && startsAt + length <= now)
            {
                await ConfirmProgramAsync(program, startsAt, null, cancellationToken);
                confirmed++;
            }
        }

        return confirmed;
    }

    private async Task<(int, int, string?)> ConfirmProgramAsync(
        LedgerEntry program, DateTimeOffset startsAt, IReadOnlyCollection<string>? items, CancellationToken cancellationToken)
    {
        var broadcasts = (await ledger.ListAsync(new LedgerQuery { Channel = RadioLedgerChannels.Broadcast }, cancellationToken))
            .Where(e => e.RemoteId == program.ArticleId && e.State is PublicationState.AwaitingManual or PublicationState.Published)
            .ToList();
        if (items is { Count: > 0 })
        {
            var unknown = items.Where(i => !broadcasts.Any(b => string.Equals(b.ArticleId, i, StringComparison.Ordinal))).ToList();
            if (unknown.Count > 0)
            {
                return (0, 0, $"Chương trình {program.ArticleId} không có tin: {string.Join(", ", unknown)}. Các tin trong chương trình: {string.Join(", ", broadcasts.Select(b => b.ArticleId))}.");
            }
        }

        var now = time.GetUtcNow();
        int aired = 0, notAired = 0;
        foreach (var broadcast in broadcasts)
        {
            if (items is not { Count: > 0 } || items.Contains(broadcast.ArticleId, StringComparer.Ordinal))
            {
                await ledger.SaveAsync(broadcast with { State = PublicationState.Published, PublishedAt = startsAt, LastError = null, UpdatedAt = now }, cancellationToken);
                await MarkScriptAiredAsync(broadcast.ArticleId, startsAt, now, cancellationToken);
                aired++;
            }
            else
            {
                await ledger.SaveAsync(broadcast with
                {
                    State = PublicationState.Skipped,
                    PublishedAt = null,
                    LastError = $"Không phát trong {program.ArticleId}; chờ chương trình sau.",
                    UpdatedAt = now,
                }, cancellationToken);
                notAired++;
            }
        }

        await ledger.SaveAsync(program with { State = PublicationState.Published, PublishedAt = startsAt, UpdatedAt = now }, cancellationToken);
        return (aired, notAired, null);
    }

    /// <summary>The article's radio script (channel <c>radio</c>) has now aired: it is no longer waiting.</summary>
    private async Task MarkScriptAiredAsync(string articleId, DateTimeOffset startsAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await ledger.FindAsync(articleId, ChannelNames.Radio, cancellationToken) is { State: PublicationState.AwaitingManual } script)
        {
            await ledger.SaveAsync(script with { State = PublicationState.Published, PublishedAt = startsAt, UpdatedAt = now }, cancellationToken);
        }
    }
}
