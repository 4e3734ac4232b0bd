using CchcPublisher.Content;
using CchcPublisher.Plan;
using CchcPublisher.Plan.NextSteps;
using CchcPublisher.Publishing;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Queries;

/// <summary>
/// "What to do next" for a plan (<c>plan next</c> and the console's plan page): its progress as of today, the
/// queue as the publisher would run it now, and the column slots nobody holds, through
/// <see cref="NextStepsPlanner"/>.
/// </summary>
internal sealed class PlanNextQuery(
    PlanSession session, PlanProgressService progress, QueueQuery queue, PublicationPlanner planner, TimeProvider time,
    IOptions<ContentOptions> contentOptions)
{
    /// <summary>At most this many slots of one column are listed (a cron firing every minute must not flood the page).</summary>
    private const int MaxSlotsPerColumn = 400;

    /// <param name="planId">A plan id, or null for the plan of the current period.</param>
    /// <param name="weeks">How many weeks to show from this one; null for every week until the plan ends.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<PlanNextResult> GetAsync(string? planId, int? weeks, CancellationToken cancellationToken)
    {
        var today = session.Today();
        var workspace = await session.LoadAsync(cancellationToken);
        var plans = workspace.Plans;
        var (plan, problem) = plans.Choose(planId, today);
        var errors = plans.Diagnostics.Count(d => d.IsError);
        if (plan is null)
        {
            return new PlanNextResult(null, problem, errors);
        }

        if (plan.Period.End < today)
        {
            return new PlanNextResult(null, $"Kế hoạch {plan.Id} đã kết thúc ngày {plan.Period.End:dd/MM/yyyy}: không còn việc cần làm tiếp. Xem kết quả bằng plan status hoặc plan report.", errors);
        }

        var status = await progress.EvaluateAsync(plan, plans.Activities, workspace.Content.Taxonomy, null, today, cancellationToken);
        var zone = progress.Zone;
        var rows = (await queue.GetAsync(cancellationToken)).Rows;
        var queued = rows
            .Where(r => r.First.Article is not null && r.First.DueAt is not null)
            .Select(r => new QueuedPublication(
                r.First.ArticleId,
                r.First.Article!.Title,
                DateRange.LocalDay(r.First.DueAt!.Value, zone),
                r.Channels,
                r.First.Article.Categories,
                r.First.Article.PlanTask,
                r.First.Article.Unit))
            .ToList();

        DateOnly? until = weeks is > 0 ? PlanCalendar.IsoWeek(today).End.AddDays(7 * (weeks.Value - 1)) : null;
        var horizonEnd = until is { } u && u < plan.Period.End ? u : plan.Period.End;
        var free = FreeSlots(rows, DateRange.StartOfDay(horizonEnd.AddDays(1), zone), zone);
        return new PlanNextResult(NextStepsPlanner.Plan(status, queued, free, today, until), null, errors);
    }

    /// <summary>Every column slot from now until <paramref name="before"/> that no queued article holds.</summary>
    private List<FreeColumnSlot> FreeSlots(IReadOnlyList<QueueRow> rows, DateTimeOffset before, TimeZoneInfo zone)
    {
        var free = new List<FreeColumnSlot>();
        foreach (var column in planner.Columns)
        {
            var held = rows.Where(r => r.First.Column == column.Key && r.First.DueAt is not null)
                .Select(r => r.First.DueAt!.Value.ToUniversalTime())
                .ToHashSet();
            IReadOnlyList<string> channels = column.Column.Channels.Count > 0 ? column.Column.Channels : contentOptions.Value.DefaultChannels;
            var at = time.GetUtcNow();
            for (var n = 0; n < MaxSlotsPerColumn && column.NextSlotAfter(at) is { } slot && slot < before; n++)
            {
                if (!held.Contains(slot.ToUniversalTime()))
                {
                    free.Add(new FreeColumnSlot(column.Key, column.Column.Name, TimeZoneInfo.ConvertTime(slot, zone), channels, column.Column.Categories));
                }

                at = slot;
            }
        }

        return free;
    }
}
