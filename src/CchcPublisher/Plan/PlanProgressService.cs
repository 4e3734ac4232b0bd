using CchcPublisher.Content.Categories;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Plan;

/// <summary>
/// Measures a plan against the ledger and the recorded activities. Counts come only from those two sources:
/// the ledger says what was actually published (or broadcast), the activity files what officials recorded.
/// All counting is done by <see cref="ILedgerStatistics"/> in the database.
/// </summary>
internal sealed class PlanProgressService(ILedgerStatistics statistics, IOptions<CommuneOptions> communeOptions)
{
    private readonly Lazy<TimeZoneInfo> _zone = new(() => communeOptions.Value.GetTimeZone());

    public TimeZoneInfo Zone => _zone.Value;

    /// <param name="plan">The plan.</param>
    /// <param name="activities">Every valid activity (those outside the window are ignored).</param>
    /// <param name="taxonomy">For category labels.</param>
    /// <param name="window">The part of the plan to evaluate (a report period); <c>null</c> for the whole plan.</param>
    /// <param name="asOf">Last local day counted (inclusive).</param>
    /// <param name="cancellationToken">Cancels the database queries.</param>
    public async Task<PlanStatus> EvaluateAsync(
        PlanDocument plan, IReadOnlyList<PlanActivity> activities, CategoryTaxonomy taxonomy, DateRange? window, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var evaluated = window is { } w ? w.Intersect(plan.Period) ?? w : plan.Period;
        var targets = new List<TargetProgress>();
        foreach (var target in plan.Targets)
        {
            if (target.Window.Intersect(evaluated) is { } part)
            {
                targets.Add(await EvaluateTargetAsync(plan, target, part, activities, taxonomy, asOf, cancellationToken));
            }
        }

        var tasks = new List<TaskProgress>();
        foreach (var task in plan.Tasks)
        {
            tasks.Add(await EvaluateTaskAsync(task, evaluated, activities, asOf, cancellationToken));
        }

        return new PlanStatus(plan, evaluated, asOf, targets, tasks);
    }

    private async Task<TargetProgress> EvaluateTargetAsync(
        PlanDocument plan, PlanTarget target, DateRange part, IReadOnlyList<PlanActivity> activities, CategoryTaxonomy taxonomy,
        DateOnly asOf, CancellationToken cancellationToken)
    {
        var required = TargetMath.RequiredFor(target, part);
        var expected = TargetMath.ExpectedBy(required, part, target.Per, asOf);
        var counted = CountedDays(part, asOf);

        // Complete calendar spans that have ended, each checked against the per-span minimum.
        var spans = target.Per == PeriodUnit.Whole
            ? []
            : PlanCalendar.Buckets(part, target.Per).Where(b => b.IsComplete && target.Window.Contains(b.Full) && b.Full.End <= asOf).ToList();
        var ranges = spans.Select(s => ToInstants(s.Days)).ToList();
        if (counted is { } c)
        {
            ranges.Add(ToInstants(c));
        }

        var ledgerCounts = LedgerCount(target) is { } count
            ? await statistics.CountAsync(count, ranges, cancellationToken)
            : new int[ranges.Count];
        var matching = activities.Where(a => Matches(target, a)).ToList();
        int ActivitiesIn(DateRange days) => matching.Count(a => days.Contains(a.Date));

        var missed = new List<string>();
        for (var i = 0; i < spans.Count; i++)
        {
            if (ledgerCounts[i] + ActivitiesIn(spans[i].Days) < target.AtLeast)
            {
                missed.Add(spans[i].Label);
            }
        }

        return new TargetProgress
        {
            Target = target,
            Label = Label(plan, target, taxonomy),
            Window = part,
            Required = required,
            ExpectedSoFar = expected,
            FromLedger = counted is null ? 0 : ledgerCounts[^1],
            FromActivities = counted is { } days ? ActivitiesIn(days) : 0,
            SpansElapsed = spans.Count,
            SpansMet = spans.Count - missed.Count,
            SpansMissed = missed,
            Finished = asOf >= part.End,
        };
    }

    private async Task<TaskProgress> EvaluateTaskAsync(
        PlanTask task, DateRange evaluated, IReadOnlyList<PlanActivity> activities, DateOnly asOf, CancellationToken cancellationToken)
    {
        var part = task.Time.Intersect(evaluated);
        var counted = part is { } p ? CountedDays(p, asOf) : null;
        if (counted is not { } days)
        {
            return new TaskProgress(task, 0, 0, Started: false);
        }

        var articles = (await statistics.CountAsync(PublicationCount.ArticlesFor(task.Id), [ToInstants(days)], cancellationToken))[0];
        var recorded = activities.Count(a => IsTask(a, task.Id) && days.Contains(a.Date));
        return new TaskProgress(task, articles, recorded, Started: true);
    }

    /// <summary>The days of <paramref name="part"/> up to and including <paramref name="asOf"/>, or null before it starts.</summary>
    private static DateRange? CountedDays(DateRange part, DateOnly asOf) =>
        asOf < part.Start ? null : new DateRange(part.Start, asOf < part.End ? asOf : part.End);

    private InstantRange ToInstants(DateRange days)
    {
        var (from, to) = days.ToInstants(Zone);
        return new InstantRange(from, to);
    }

    /// <summary>What to count in the ledger for a target; <c>null</c> when only activities count (offline forms).</summary>
    private static PublicationCount? LedgerCount(PlanTarget target) => target.Kind switch
    {
        PlanTargetKind.Form when PlanForms.IsChannel(target.Form!) => PublicationCount.OnChannels(PlanForms.LedgerChannels(target.Form!)),
        PlanTargetKind.Form => null,
        PlanTargetKind.Category => PublicationCount.ArticlesIn(target.Category!),
        _ when target.Form is null => PublicationCount.ArticlesFor(target.TaskId!),
        _ when PlanForms.IsChannel(target.Form) => new PublicationCount { PlanTask = target.TaskId, Channels = PlanForms.LedgerChannels(target.Form) },
        _ => null,
    };

    private static bool Matches(PlanTarget target, PlanActivity activity) => target.Kind switch
    {
        PlanTargetKind.Form => activity.Form == target.Form,
        PlanTargetKind.Category => activity.Categories.Contains(target.Category!, StringComparer.Ordinal),
        _ => IsTask(activity, target.TaskId!) && (target.Form is null || activity.Form == target.Form),
    };

    private static bool IsTask(PlanActivity activity, string taskId) =>
        string.Equals(activity.TaskId, taskId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Vietnamese description of a target.</summary>
    public static string Label(PlanDocument plan, PlanTarget target, CategoryTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var what = target.Kind switch
        {
            PlanTargetKind.Form when PlanForms.IsChannel(target.Form!) => $"Tin, bài trên {PlanForms.Label(target.Form!)}",
            PlanTargetKind.Form => plan.Forms.Label(target.Form!),
            PlanTargetKind.Category => $"Lĩnh vực: {taxonomy.Label(target.Category!)}",
            _ => $"Nhiệm vụ {target.TaskId}" + (plan.FindTask(target.TaskId!) is { } task ? $": {Shorten(task.Name)}" : string.Empty)
                 + (target.Form is { } form ? $" ({plan.Forms.Label(form)})" : string.Empty),
        };
        return target.Note is { } note ? $"{what} — {note}" : what;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77].TrimEnd() + "…";
}
