using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Content.Categories;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Plan.Reports;

/// <summary>
/// Builds the section "Kết quả công tác tuyên truyền CCHC" of a periodic (quarterly, six-monthly, yearly) CCHC
/// report: counts by channel and form, by category, by task; the targets and what fell short; the list of
/// published items and of recorded activities. Every number says where it comes from: the ledger (what was
/// actually published or broadcast) or the activity files (what officials recorded).
/// </summary>
internal sealed class PlanReportBuilder(ILedger ledger, ILedgerStatistics statistics, PlanProgressService progress, IOptions<RadioOptions>? radioOptions = null)
{
    public const string LedgerSource = "Sổ theo dõi đăng bài";
    public const string ActivitySource = "Hoạt động được ghi nhận";

    /// <summary>
    /// The report period of <paramref name="kind"/> named after the span holding <paramref name="asOf"/> (clamped to
    /// the plan period), cut by <paramref name="rule"/>, inside the plan period.
    /// </summary>
    public static ReportPeriod PeriodFor(PlanDocument plan, ReportPeriodKind kind, DateOnly asOf, ReportPeriodRule rule = ReportPeriodRule.Statutory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var day = asOf < plan.Period.Start ? plan.Period.Start : asOf > plan.Period.End ? plan.Period.End : asOf;
        var period = ReportPeriod.Named(kind, day, rule);
        return period.Within(plan.Period) ?? ReportPeriod.Holding(kind, day, rule).Within(plan.Period) ?? period with { Days = plan.Period };
    }

    /// <param name="workspace">Content and plans.</param>
    /// <param name="plan">The plan reported on.</param>
    /// <param name="period">The days counted.</param>
    /// <param name="asOf">Last day counted.</param>
    /// <param name="cancellationToken">Cancels the database queries.</param>
    /// <param name="periodName">The period's name ("Quý I/2026"); by default the calendar name of <paramref name="period"/> or its dates.</param>
    public async Task<ReportDocument> BuildAsync(
        PlanWorkspace workspace, PlanDocument plan, DateRange period, DateOnly asOf, CancellationToken cancellationToken, string? periodName = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(plan);
        var taxonomy = workspace.Content.Taxonomy;
        var status = await progress.EvaluateAsync(plan, workspace.Plans.Activities, taxonomy, period, asOf, cancellationToken);
        var window = status.Window;
        var counted = asOf < window.Start ? (DateRange?)null : new DateRange(window.Start, asOf < window.End ? asOf : window.End);
        var zone = progress.Zone;
        var (from, to) = counted is { } c ? c.ToInstants(zone) : (default, default);
        var range = new InstantRange(from, to);
        var byChannel = counted is null ? new Dictionary<string, int>() : await statistics.CountByChannelAsync(range, cancellationToken);
        var byCategory = counted is null ? new Dictionary<string, int>() : await statistics.CountByCategoryAsync(range, cancellationToken);
        var byTask = counted is null ? new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) : await statistics.CountByPlanTaskAsync(range, cancellationToken);
        var items = counted is null
            ? []
            : (await ledger.ListAsync(new LedgerQuery { PublishedFrom = from, PublishedTo = to }, cancellationToken))
                .Where(e => e.PublishedAt is not null && e.Channel != ChannelNames.Radio) // a script aired is its radio-broadcast row
                .OrderBy(e => e.PublishedAt).ThenBy(e => e.Title, StringComparer.Ordinal).ThenBy(e => e.Channel, StringComparer.Ordinal)
                .ToList();
        var activities = counted is { } days
            ? workspace.Plans.Activities.Where(a => days.Contains(a.Date)).OrderBy(a => a.Date).ThenBy(a => a.RelativePath, StringComparer.Ordinal).ToList()
            : [];

        periodName ??= PlanCalendar.Describe(window);
        var intro = new List<string>
        {
            $"{plan.Commune}",
            $"Kế hoạch: {plan.Title}" + (plan.Number is { } number ? $" (số {number})" : string.Empty) + $"; kỳ kế hoạch: {plan.PeriodText} ({plan.Period}).",
            $"Kỳ báo cáo: {periodName} ({window}). Số liệu tính đến hết ngày {Date(counted?.End ?? asOf)}"
                + (asOf >= window.End ? "." : " (kỳ báo cáo chưa kết thúc: chỉ tiêu được so với mức cần đạt đến ngày này)."),
            $"Nguồn số liệu: tin, bài và chương trình phát thanh được đếm từ \"{LedgerSource}\" của phần mềm (chỉ tính những lần đăng, phát đã được xác nhận); "
                + $"hội nghị, họp thôn, pano, băng rôn, hội thi, niêm yết thủ tục hành chính... được đếm từ \"{ActivitySource}\" do cán bộ ghi trong thư mục content/activities. "
                + "Mỗi bảng ghi rõ số liệu thuộc nguồn nào.",
            "Tin, bài ở chế độ hộp thư đi (Zalo, Facebook) chỉ được tính khi cán bộ đã đăng và xác nhận (lệnh confirm, có địa chỉ bài đăng); "
                + "mỗi tin, bài được tính một lượt cho mỗi lần phát trên loa truyền thanh, "
                + (radioOptions?.Value.AutoConfirmBroadcast == true
                    ? "chương trình phát thanh được coi là đã phát khi hết khung giờ phát (cấu hình Channels:Radio:AutoConfirmBroadcast), trừ khi người vận hành xác nhận phát một phần."
                    : "chương trình phát thanh chỉ được tính khi người vận hành xác nhận đã phát (lệnh radio confirm)."),
        };
        var awaiting = counted is null ? 0 : (await ledger.ListAsync(new LedgerQuery { States = [PublicationState.AwaitingManual] }, cancellationToken))
            .Count(e => !PlanForms.ProgramChannels.Contains(e.Channel, StringComparer.Ordinal) && e.Channel != ChannelNames.Radio);

        var sections = new List<ReportSection>
        {
            ChannelSection(plan, byChannel, activities, awaiting),
            CategorySection(taxonomy, byCategory, activities),
            TaskSection(plan, byTask, activities, items),
            UnitReport.Section(plan, activities, ActivitySource, PublicationUnits(workspace, items)),
            TargetSection(status),
            ShortfallSection(status),
            PlanDetailsReport.Section(plan),
            AssessmentSection(status, byChannel.Values.Sum(), activities.Count),
            ItemsSection(items, zone),
            ActivitiesSection(plan.Forms, activities),
        };
        return new ReportDocument($"KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH {periodName.ToUpper(Vietnamese)}", intro, sections)
        {
            Heading = OfficialHeading.ForCommune(plan, asOf),
        };
    }

    /// <summary>
    /// The narrative a báo cáo carries (kết quả đạt được; tồn tại, hạn chế và nguyên nhân; phương hướng, nhiệm vụ kỳ
    /// tới), pre-filled from the numbers, with marked places where the official writes what only people know.
    /// </summary>
    private static ReportSection AssessmentSection(PlanStatus status, int published, int activities)
    {
        const string ToFill = "(Cán bộ tổng hợp bổ sung: …)";
        var onTrack = status.Targets.Count(t => t.OnTrack);
        var behind = status.Targets.Where(t => !t.OnTrack).Select(t => $"{t.Label} (đạt {t.Done}/{t.ExpectedSoFar})").ToList();
        return new ReportSection("8. Đánh giá chung và phương hướng, nhiệm vụ kỳ tới",
        [
            $"a) Kết quả đạt được: {published} lượt tin, bài đã đăng, phát và {activities} hoạt động tuyên truyền được ghi nhận; "
                + $"{onTrack}/{status.Targets.Count} chỉ tiêu đạt mức cần đạt. {ToFill}",
            "b) Tồn tại, hạn chế và nguyên nhân: "
                + (behind.Count == 0 ? "không có chỉ tiêu nào chưa đạt. " : $"chưa đạt: {string.Join("; ", behind)}. ")
                + (!status.IdleTasks.Any() ? string.Empty : $"{status.IdleTasks.Count()} nhiệm vụ chưa có kết quả (xem mục 6). ")
                + "Nguyên nhân: " + ToFill,
            "c) Phương hướng, nhiệm vụ kỳ tới: "
                + (behind.Count == 0 ? "tiếp tục duy trì các hình thức tuyên truyền đã thực hiện. " : "tập trung bù phần chỉ tiêu còn thiếu nêu tại điểm b. ")
                + ToFill,
        ]);
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The <c>unit:</c> of the article behind each counted publication (programme sessions are not articles).</summary>
    private static List<string?> PublicationUnits(PlanWorkspace workspace, IReadOnlyList<LedgerEntry> items)
    {
        var units = workspace.Content.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.Ordinal);
        return [.. items.Where(e => e.Channel != PlanForms.RadioProgramChannel).Select(e => units.GetValueOrDefault(e.ArticleId))];
    }

    private static ReportSection ChannelSection(PlanDocument plan, IReadOnlyDictionary<string, int> byChannel, List<PlanActivity> activities, int awaiting)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        var total = 0;
        void Add(string label, int count, string source)
        {
            total += count;
            rows.Add([ReportCell.Of(rows.Count + 1), ReportCell.Of(label), ReportCell.Of(count), ReportCell.Of(source)]);
        }

        void Note(string label, int count, string source) =>
            rows.Add([ReportCell.Of(string.Empty), ReportCell.Of(label), ReportCell.Of(count), ReportCell.Of(source)]);

        foreach (var channel in ChannelNames.All)
        {
            var ledgerChannel = PlanForms.LedgerChannels(channel)[0];
            Add(channel == ChannelNames.Radio ? "Lượt phát tin, bài trên loa truyền thanh (đã xác nhận phát)" : $"Tin, bài trên {PlanForms.Label(channel)}",
                byChannel.GetValueOrDefault(ledgerChannel), LedgerSource);
            var byHand = activities.Count(a => a.Form == channel);
            if (byHand > 0)
            {
                Add($"{(channel == ChannelNames.Radio ? "Lượt phát trên loa truyền thanh" : $"Tin, bài trên {PlanForms.Label(channel)}")} thực hiện ngoài phần mềm", byHand, ActivitySource);
            }
        }

        foreach (var other in byChannel.Keys.Where(k => !ChannelNames.All.Contains(k, StringComparer.Ordinal) && !PlanForms.ProgramChannels.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            Add(PlanForms.Label(other), byChannel[other], LedgerSource);
        }

        var planned = plan.Tasks.SelectMany(t => t.Forms).Concat(plan.Targets.Select(t => t.Form)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var form in plan.Forms.ActivityForms.Where(f => planned.Contains(f) || activities.Any(a => a.Form == f)))
        {
            Add(plan.Forms.Label(form), activities.Count(a => a.Form == form), ActivitySource);
        }

        rows.Add([ReportCell.Of(string.Empty), ReportCell.Of("Tổng cộng"), ReportCell.Of(total), ReportCell.Of(string.Empty)]);
        if (byChannel.GetValueOrDefault(PlanForms.RadioProgramChannel) > 0)
        {
            Note("Ghi chú: số buổi phát chương trình phát thanh đã xác nhận (không cộng vào tổng)", byChannel[PlanForms.RadioProgramChannel], LedgerSource);
        }

        if (awaiting > 0)
        {
            Note("Ghi chú: tin, bài đang chờ đăng thủ công, chưa xác nhận (không tính)", awaiting, LedgerSource);
        }

        return new ReportSection("1. Kết quả theo kênh, hình thức tuyên truyền",
            ["Tin, bài được đếm theo từng kênh (một bài đăng trên hai kênh được tính hai lượt). Trên loa truyền thanh, mỗi tin, bài được tính một lượt cho mỗi lần phát đã xác nhận; buổi phát chương trình chỉ ghi để đối chiếu, không cộng vào tổng."],
            new ReportTable(["TT", "Kênh, hình thức", "Số lượng", "Nguồn số liệu"], rows), "Theo kênh");
    }

    private static ReportSection CategorySection(CategoryTaxonomy taxonomy, IReadOnlyDictionary<string, int> byCategory, List<PlanActivity> activities)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        var keys = taxonomy.All.Where(c => c.ReformArea || byCategory.ContainsKey(c.Key) || activities.Any(a => a.Categories.Contains(c.Key, StringComparer.Ordinal)))
            .Select(c => c.Key)
            .Concat(byCategory.Keys.Where(k => !taxonomy.Contains(k)).Order(StringComparer.Ordinal));
        foreach (var key in keys)
        {
            var articles = byCategory.GetValueOrDefault(key);
            var recorded = activities.Count(a => a.Categories.Contains(key, StringComparer.Ordinal));
            rows.Add([ReportCell.Of(rows.Count + 1), ReportCell.Of(taxonomy.Label(key)), ReportCell.Of(articles), ReportCell.Of(recorded), ReportCell.Of(articles + recorded)]);
        }

        return new ReportSection("2. Kết quả theo lĩnh vực, chuyên mục",
            ["Số tin, bài là số bài khác nhau đã đăng (một bài đăng trên nhiều kênh chỉ tính một lần); một bài thuộc nhiều lĩnh vực được tính ở mỗi lĩnh vực."],
            new ReportTable(["TT", "Lĩnh vực, chuyên mục", $"Tin, bài ({LedgerSource})", $"Hoạt động ({ActivitySource})", "Tổng"], rows), "Theo lĩnh vực");
    }

    private static ReportSection TaskSection(PlanDocument plan, IReadOnlyDictionary<string, int> byTask, List<PlanActivity> activities, List<LedgerEntry> items)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var task in plan.Tasks)
        {
            var articles = byTask.GetValueOrDefault(task.Id);
            var recorded = activities.Count(a => string.Equals(a.TaskId, task.Id, StringComparison.OrdinalIgnoreCase));
            rows.Add([
                ReportCell.Of(task.Id), ReportCell.Of(task.Name), ReportCell.Of(string.Join("; ", task.Forms.Select(plan.Forms.Label))),
                ReportCell.Of(task.Lead ?? string.Empty), ReportCell.Of(string.Join("; ", task.Partners)), ReportCell.Of(task.TimeText),
                ReportCell.Of(articles), ReportCell.Of(recorded), ReportCell.Of(articles + recorded),
            ]);
        }

        var untagged = items.Where(e => e.PlanTask is null || plan.FindTask(e.PlanTask) is null).Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Count();
        var untaggedActivities = activities.Count(a => a.TaskId is null || plan.FindTask(a.TaskId) is null);
        rows.Add([
            ReportCell.Of(string.Empty), ReportCell.Of("Không gắn nhiệm vụ của kế hoạch (vẫn tính theo kênh và lĩnh vực)"), ReportCell.Of(string.Empty),
            ReportCell.Of(string.Empty), ReportCell.Of(string.Empty), ReportCell.Of(string.Empty),
            ReportCell.Of(untagged), ReportCell.Of(untaggedActivities), ReportCell.Of(untagged + untaggedActivities),
        ]);
        return new ReportSection("3. Kết quả theo nhiệm vụ của kế hoạch",
            ["Tin, bài gắn với nhiệm vụ qua khóa plan_task; hoạt động gắn qua khóa task."],
            new ReportTable(["Mã", "Nhiệm vụ", "Hình thức", "Chủ trì", "Phối hợp", "Thời gian", $"Tin, bài ({LedgerSource})", $"Hoạt động ({ActivitySource})", "Tổng"], rows),
            "Theo nhiệm vụ");
    }

    private static ReportSection TargetSection(PlanStatus status)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var target in status.Targets)
        {
            rows.Add([
                ReportCell.Of(rows.Count + 1), ReportCell.Of(target.Label), ReportCell.Of(target.Target.RateText),
                ReportCell.Of(target.Required), ReportCell.Of(target.ExpectedSoFar),
                ReportCell.Of(target.FromLedger), ReportCell.Of(target.FromActivities), ReportCell.Of(target.Done),
                ReportCell.Of(target.Shortfall), ReportCell.Of(Verdict(target)),
            ]);
        }

        return new ReportSection("5. Đánh giá thực hiện chỉ tiêu",
            rows.Count == 0 ? ["Kế hoạch không đặt chỉ tiêu định lượng cho kỳ này."] : ["\"Cần đạt đến ngày\" là chỉ tiêu của kỳ tính theo tỷ lệ số ngày đã qua; \"Thiếu\" là số còn thiếu so với mức đó."],
            new ReportTable(["TT", "Chỉ tiêu", "Mức", "Yêu cầu trong kỳ", "Cần đạt đến ngày", $"Đạt ({LedgerSource})", $"Đạt ({ActivitySource})", "Tổng đạt", "Thiếu", "Đánh giá"], rows),
            "Chỉ tiêu");
    }

    private static ReportSection ShortfallSection(PlanStatus status)
    {
        var lines = new List<string>();
        foreach (var target in status.Targets)
        {
            if (!target.OnTrack)
            {
                lines.Add($"{target.Label} ({target.Target.RateText}): đạt {target.Done}/{target.ExpectedSoFar}, còn thiếu {target.Shortfall}"
                    + (target.Finished ? "." : $" so với mức cần đạt đến ngày (cả kỳ yêu cầu {target.Required})."));
            }

            if (target.SpansMissed.Count > 0)
            {
                var shown = string.Join(", ", target.SpansMissed.Take(12)) + (target.SpansMissed.Count > 12 ? $" và {target.SpansMissed.Count - 12} kỳ khác" : string.Empty);
                lines.Add($"{target.Label}: {target.SpansMissed.Count}/{target.SpansElapsed} {PlanCalendar.UnitName(target.Target.Per)} không đạt mức {target.Target.RateText}: {shown}.");
            }
        }

        foreach (var task in status.IdleTasks)
        {
            lines.Add($"Nhiệm vụ {task.Task.Id} ({task.Task.Name}) chưa có tin, bài hay hoạt động nào.");
        }

        if (lines.Count == 0)
        {
            lines.Add("Tất cả chỉ tiêu đều đạt; mọi nhiệm vụ đã đến thời gian thực hiện đều có tin, bài hoặc hoạt động.");
        }

        return new ReportSection("6. Những chỉ tiêu, nhiệm vụ chưa đạt", lines);
    }

    private static ReportSection ItemsSection(List<LedgerEntry> items, TimeZoneInfo zone)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var item in items)
        {
            var link = item.RemoteUrl ?? item.RemoteId ?? string.Empty;
            rows.Add([
                ReportCell.Of(rows.Count + 1),
                ReportCell.Of(TimeZoneInfo.ConvertTime(item.PublishedAt!.Value, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
                ReportCell.Of(item.Title), ReportCell.Of(PlanForms.Label(item.Channel)), ReportCell.Of(item.PlanTask ?? string.Empty),
                new ReportCell(link, Link: Uri.TryCreate(item.RemoteUrl, UriKind.Absolute, out _) ? item.RemoteUrl : null),
            ]);
        }

        return new ReportSection("Phụ lục 1. Danh sách tin, bài đã đăng, phát",
            [rows.Count == 0 ? $"Không có tin, bài nào trong {LedgerSource} trong kỳ." : $"Nguồn: {LedgerSource}; {rows.Count} lượt đăng, phát."],
            new ReportTable(["TT", "Ngày đăng", "Tiêu đề", "Kênh", "Nhiệm vụ", "Liên kết"], rows), "Tin bài đã đăng") { Annex = true };
    }

    private static ReportSection ActivitiesSection(FormTaxonomy forms, List<PlanActivity> activities)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var activity in activities)
        {
            var evidence = activity.Url is { } url ? new ReportCell(url, Link: url) : ReportCell.Of(activity.Attachment ?? string.Empty);
            rows.Add([
                ReportCell.Of(rows.Count + 1), ReportCell.Of(Date(activity.Date)), ReportCell.Of(forms.Label(activity.Form)),
                ReportCell.Of(activity.Unit ?? string.Empty), ReportCell.Of(activity.TaskId ?? string.Empty), ReportCell.Of(activity.Description),
                ReportCell.Of(UnitReport.Describe(activity.Quantities)), evidence, ReportCell.Of(activity.RelativePath.Replace('\\', '/')),
            ]);
        }

        if (rows.Count > 0)
        {
            rows.Add([
                ReportCell.Of(string.Empty), ReportCell.Of(string.Empty), ReportCell.Of("Tổng cộng"), ReportCell.Of(string.Empty), ReportCell.Of(string.Empty),
                ReportCell.Of($"{activities.Count} hoạt động"), ReportCell.Of(UnitReport.Describe(ActivityQuantities.Total(activities.Select(a => a.Quantities)))),
                ReportCell.Of(string.Empty), ReportCell.Of(string.Empty),
            ]);
        }

        return new ReportSection("Phụ lục 2. Danh sách hoạt động tuyên truyền được ghi nhận",
            [rows.Count == 0 ? "Không có hoạt động nào được ghi nhận trong kỳ." : $"Nguồn: {ActivitySource} (thư mục content/activities; cột cuối là tệp ghi nhận); {activities.Count} hoạt động."],
            new ReportTable(["TT", "Ngày", "Hình thức", "Đơn vị thực hiện", "Nhiệm vụ", "Nội dung", "Số lượng", "Liên kết, tệp đính kèm", "Tệp ghi nhận"], rows), "Hoạt động") { Annex = true };
    }

    public static string Verdict(TargetProgress target) =>
        target.OnTrack
            ? (target.Finished ? "Đạt" : "Đúng tiến độ")
            : (target.Finished ? $"Không đạt (thiếu {target.Shortfall})" : $"Chậm tiến độ (thiếu {target.Shortfall})");

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
