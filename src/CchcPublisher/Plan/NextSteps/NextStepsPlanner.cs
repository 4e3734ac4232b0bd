namespace CchcPublisher.Plan.NextSteps;

/// <summary>
/// Works out what a plan still needs, week by week from today: for each target not yet met, the pace line of
/// <see cref="TargetMath.ExpectedBy"/> at the end of every week, minus what is done and what the queue will
/// publish, gives what must still be found that week (as late as the pace allows, so a week is never asked for
/// what a later queued article already covers in time). Pure: the caller brings the status, the queue and the
/// free column slots.
/// </summary>
internal static class NextStepsPlanner
{
    public static NextStepsView Plan(
        PlanStatus status,
        IReadOnlyList<QueuedPublication> queue,
        IReadOnlyList<FreeColumnSlot> freeSlots,
        DateOnly today,
        DateOnly? until = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(freeSlots);
        var plan = status.Plan;
        var lastDay = until is { } u && u < plan.Period.End ? u : plan.Period.End;
        var horizon = new DateRange(today, lastDay < today ? today : lastDay);
        var upcoming = queue.Where(q => q.Day >= today).OrderBy(q => q.Day).ThenBy(q => q.ArticleId, StringComparer.Ordinal).ToList();

        var gaps = new List<TargetGap>();
        foreach (var progress in status.Targets)
        {
            if (progress.Finished || progress.Window.End < today || progress.Done >= progress.Required)
            {
                continue;
            }

            var target = progress.Target;
            var activitiesOnly = CountsActivitiesOnly(target);
            var queued = activitiesOnly ? [] : Distinct(upcoming.Where(q => progress.Window.Contains(q.Day) && Counts(target, q)));
            gaps.Add(new TargetGap
            {
                Progress = progress,
                Kind = KindOf(target),
                Units = UnitsFor(plan, target),
                Queued = queued,
                ActivitiesOnly = activitiesOnly,
            });
        }

        var weeks = Weeks(horizon);
        var needs = weeks.Select(_ => new List<WeekNeed>()).ToList();
        foreach (var gap in gaps)
        {
            var progress = gap.Progress;
            var covered = progress.Done;
            for (var i = 0; i < weeks.Count; i++)
            {
                var week = weeks[i];
                if (week.Days.End < progress.Window.Start)
                {
                    continue;
                }

                if (week.Days.Start > progress.Window.End)
                {
                    break;
                }

                var weekEnd = week.Days.End < progress.Window.End ? week.Days.End : progress.Window.End;
                var expected = TargetMath.ExpectedBy(progress.Required, progress.Window, progress.Target.Per, weekEnd);
                var queuedThisWeek = gap.Queued.Where(q => week.Days.Contains(q.Day)).ToList();
                covered += queuedThisWeek.Count;
                var missing = Math.Max(0, expected - covered);
                covered += missing;
                if (missing > 0 || queuedThisWeek.Count > 0)
                {
                    needs[i].Add(new WeekNeed(gap, queuedThisWeek, missing));
                }
            }
        }

        var result = weeks
            .Select((w, i) => w with
            {
                Needs = needs[i],
                FreeSlots = [.. freeSlots.Where(s => w.Days.Contains(s.Day)).OrderBy(s => s.At)],
            })
            .ToList();
        return new NextStepsView(status, horizon, gaps, result);
    }

    /// <summary>True when a free slot of a column could carry an article that counts for the target.</summary>
    public static bool CouldClose(FreeColumnSlot slot, TargetGap gap)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(gap);
        var target = gap.Progress.Target;
        if (gap.ActivitiesOnly)
        {
            return false;
        }

        return target.Kind switch
        {
            PlanTargetKind.Form => slot.Channels.Contains(target.Form!, StringComparer.Ordinal),
            PlanTargetKind.Category => slot.Categories.Count == 0 || slot.Categories.Contains(target.Category!, StringComparer.Ordinal),
            _ => target.Form is null || slot.Channels.Contains(target.Form, StringComparer.Ordinal),
        };
    }

    /// <summary>The ISO weeks from <paramref name="horizon"/>'s start to its end, the first and last clipped to it.</summary>
    private static List<WeekAhead> Weeks(DateRange horizon) =>
        [.. PlanCalendar.Buckets(horizon, PeriodUnit.Week).Select(b => new WeekAhead(b.Days, b.Label, [], []))];

    private static bool CountsActivitiesOnly(PlanTarget target) => target.Kind switch
    {
        PlanTargetKind.Form => !PlanForms.IsChannel(target.Form!),
        PlanTargetKind.Category => false,
        _ => target.Form is not null && !PlanForms.IsChannel(target.Form),
    };

    /// <summary>The ledger's counting rules (<see cref="Ledger.PublicationCount"/>) applied to a queued article.</summary>
    private static bool Counts(PlanTarget target, QueuedPublication queued) => target.Kind switch
    {
        PlanTargetKind.Form => queued.Channels.Contains(target.Form!, StringComparer.Ordinal),
        PlanTargetKind.Category => queued.Categories.Contains(target.Category!, StringComparer.Ordinal),
        _ => string.Equals(queued.PlanTask, target.TaskId, StringComparison.OrdinalIgnoreCase)
             && (target.Form is null || queued.Channels.Contains(target.Form, StringComparer.Ordinal)),
    };

    /// <summary>Each article once (an article due on two channels at two times counts at its first).</summary>
    private static List<QueuedPublication> Distinct(IEnumerable<QueuedPublication> queued)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. queued.Where(q => seen.Add(q.ArticleId))];
    }

    private static string KindOf(PlanTarget target) => target.Kind switch
    {
        PlanTargetKind.Form when PlanForms.IsChannel(target.Form!) => "Kênh",
        PlanTargetKind.Form => "Hình thức",
        PlanTargetKind.Category => "Lĩnh vực",
        _ => "Nhiệm vụ",
    };

    /// <summary>Who answers for a target: a task's lead and partners; for a form or a category, the leads of the tasks that name it.</summary>
    private static IReadOnlyList<string> UnitsFor(PlanDocument plan, PlanTarget target)
    {
        IEnumerable<string?> units = target.Kind switch
        {
            PlanTargetKind.Task => plan.FindTask(target.TaskId!) is { } task ? [task.Lead, .. task.Partners] : [],
            PlanTargetKind.Form => plan.Tasks.Where(t => t.Forms.Contains(target.Form!, StringComparer.Ordinal)).Select(t => t.Lead),
            _ => plan.Tasks.Where(t => t.Categories.Contains(target.Category!, StringComparer.Ordinal)).Select(t => t.Lead),
        };
        return [.. units.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
