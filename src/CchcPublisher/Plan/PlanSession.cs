using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Content;
using CchcPublisher.Ledger;

namespace CchcPublisher.Plan;

/// <summary>
/// Loads the content folder with its plans, and says what "today" is in the commune, for the CLI and the
/// weekly job alike. Brings the ledger schema up to date first (the counters progress reads come with it).
/// </summary>
/// With automatic broadcast confirmation configured, radio programs whose slot has ended are confirmed first.
internal sealed class PlanSession(
    IContentLoader contentLoader, PlanLoader planLoader, PlanProgressService progress, ILedger ledger, TimeProvider time,
    BroadcastConfirmation? broadcasts = null)
{
    /// <summary>True when radio programs count as aired after their slot without the operator's confirmation.</summary>
    public bool AutoConfirmBroadcast => broadcasts?.Automatic ?? false;

    public async Task<PlanWorkspace> LoadAsync(CancellationToken cancellationToken)
    {
        await ledger.MigrateAsync(cancellationToken);
        if (broadcasts is not null)
        {
            await broadcasts.AutoConfirmDueAsync(cancellationToken);
        }

        var snapshot = await contentLoader.LoadAsync(null, cancellationToken);
        var plans = await planLoader.LoadAsync(snapshot, null, cancellationToken);
        return new PlanWorkspace(snapshot, plans);
    }

    /// <summary>The commune's current local date.</summary>
    public DateOnly Today() => DateRange.LocalDay(time.GetUtcNow(), progress.Zone);
}
