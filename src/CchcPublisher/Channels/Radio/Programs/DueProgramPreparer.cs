using CchcPublisher.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>
/// Prepares each broadcast program ahead of its slot (<see cref="RadioOptions.PrepareAhead"/>), once: a program
/// already in the ledger is left as prepared, so the operator's files do not change under them. Programs whose
/// slot has passed are confirmed as aired first when the commune configured automatic confirmation. Run by the
/// single-commune worker's <see cref="PrepareProgramsJob"/> and by each commune's job in a province worker.
/// </summary>
internal sealed partial class DueProgramPreparer(
    RadioProgramService programs,
    BroadcastConfirmation confirmation,
    ILedger ledger,
    IOptions<RadioOptions> options,
    TimeProvider time,
    ILogger<DueProgramPreparer> logger)
{
    /// <summary>How many upcoming slots are looked at.</summary>
    private const int Lookahead = 4;

    /// <summary>Returns how many programs were prepared now.</summary>
    public async Task<int> PrepareDueAsync(CancellationToken cancellationToken)
    {
        await confirmation.AutoConfirmDueAsync(cancellationToken);
        var now = time.GetUtcNow();
        var prepared = 0;
        foreach (var (date, slot, startsAt) in programs.Schedule.Upcoming(now, Lookahead))
        {
            if (startsAt - options.Value.PrepareAhead > now)
            {
                continue;
            }

            var id = RadioProgram.IdFor(date, slot);
            if (await ledger.FindAsync(id, RadioLedgerChannels.Program, cancellationToken) is not null)
            {
                continue;
            }

            var result = await programs.PrepareAsync(date, slot.Key, null, assembleEmpty: false, cancellationToken);
            if (result.Error is { } error)
            {
                PreparationFailed(logger, id, error);
            }
            else
            {
                prepared++;
                Prepared(logger, id, result.Program?.Items.Count ?? 0, result.Program?.Carried.Count ?? 0);
            }
        }

        return prepared;
    }

    [LoggerMessage(4410, LogLevel.Information, "Đã chuẩn bị chương trình phát thanh {ProgramId}: {Items} tin, {Carried} tin chuyển sang buổi sau.")]
    private static partial void Prepared(ILogger logger, string programId, int items, int carried);

    [LoggerMessage(4411, LogLevel.Error, "Không chuẩn bị được chương trình phát thanh {ProgramId}: {Error}")]
    private static partial void PreparationFailed(ILogger logger, string programId, string error);
}
