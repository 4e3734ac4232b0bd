using System.CommandLine;
using System.Globalization;
using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary>
/// <c>plan status [--plan ID] [--as-of DATE]</c>: every target with done / expected so far / required, and the
/// tasks with nothing yet. <c>plan report [--plan ID] --period quarter|half|year [--as-of DATE] --format
/// docx|xlsx|md --out FILE</c>: the "kết quả công tác tuyên truyền CCHC" section of the periodic report.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("plan", "Theo dõi kế hoạch tuyên truyền CCHC: tiến độ chỉ tiêu và báo cáo kết quả theo quý, 6 tháng, năm.");
        command.Subcommands.Add(CreateStatus(context));
        command.Subcommands.Add(CreateReport(context));
        command.Subcommands.Add(CreateCalendar(context));
        command.Subcommands.Add(CreateNext(context));
        return command;
    }

    private static Option<string?> PlanOption() => new("--plan") { Description = "Mã kế hoạch (tên tệp trong content/plan, không có .yaml); mặc định: kế hoạch của kỳ hiện tại" };

    private static Option<string?> AsOfOption() => new("--as-of") { Description = "Tính đến hết ngày này (2026-09-30 hoặc 30/9/2026); mặc định: hôm nay" };

    private static Command CreateStatus(CliContext context)
    {
        var plan = PlanOption();
        var asOf = AsOfOption();
        var format = Tables.TableOutput.CreateOption();
        var command = new Command("status", "Xem tiến độ thực hiện các chỉ tiêu của kế hoạch và các nhiệm vụ chưa có kết quả.") { plan, asOf, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = Tables.TableOutput.Parse(parseResult, format);
            using var host = Builder(context, parseResult).BuildValidated();
            var (workspace, document, day) = await LoadAsync(host.Services, parseResult.GetValue(plan), parseResult.GetValue(asOf), context, cancellationToken);
            var status = await host.Services.GetRequiredService<PlanProgressService>()
                .EvaluateAsync(document, workspace.Plans.Activities, workspace.Content.Taxonomy, null, day, cancellationToken);
            WriteStatus(context, output, status);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateReport(CliContext context)
    {
        var plan = PlanOption();
        var asOf = AsOfOption();
        var period = new Option<string>("--period")
        {
            Description = "Kỳ báo cáo: quarter (quý), half (6 tháng), year (năm) chứa ngày --as-of; hoặc ghi rõ, ví dụ \"Quý III/2026\"",
            Required = true,
        };
        var format = new Option<string?>("--format") { Description = "docx (Word), xlsx (Excel) hoặc md (Markdown); mặc định theo phần mở rộng của --out" };
        var output = new Option<string>("--out") { Description = "Tệp báo cáo cần ghi", Required = true };
        var calendarPeriods = CalendarPeriodsOption();
        var command = new Command("report", "Lập báo cáo kết quả công tác tuyên truyền CCHC của một kỳ (Word, Excel hoặc Markdown).") { plan, period, asOf, format, output, calendarPeriods };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var outPath = Path.GetFullPath(parseResult.GetValue(output)!);
            var reportFormat = ParseFormat(parseResult.GetValue(format), outPath);
            using var host = Builder(context, parseResult).BuildValidated();
            var (workspace, document, day) = await LoadAsync(host.Services, parseResult.GetValue(plan), parseResult.GetValue(asOf), context, cancellationToken);
            var rule = PeriodRule(host.Services, parseResult.GetValue(calendarPeriods));
            var (window, periodName) = ParsePeriod(parseResult.GetValue(period)!, document, day, rule);
            var report = await host.Services.GetRequiredService<PlanReportBuilder>().BuildAsync(workspace, document, window, day, cancellationToken, periodName);
            var folder = Path.GetDirectoryName(outPath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            switch (reportFormat)
            {
                case ReportFormat.Docx:
                    await DocxReportWriter.WriteAsync(report, outPath, cancellationToken);
                    break;
                case ReportFormat.Xlsx:
                    await XlsxReportWriter.WriteAsync(report, outPath, cancellationToken);
                    break;
                default:
                    await MarkdownReportWriter.WriteAsync(report, outPath, cancellationToken);
                    break;
            }

            await context.Out.WriteLineAsync($"Đã ghi báo cáo {periodName ?? PlanCalendar.Describe(window)} ({window}"
                + (periodName is not null && rule == ReportPeriodRule.Statutory ? ", mốc chốt số liệu theo Nghị định 09/2019/NĐ-CP" : string.Empty)
                + $") của kế hoạch {document.Id} vào {outPath}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateCalendar(CliContext context)
    {
        var plan = PlanOption();
        var all = new Option<bool>("--all") { Description = "Hiện cả các báo cáo đã quá hạn gửi" };
        var calendarPeriods = CalendarPeriodsOption();
        var format = Tables.TableOutput.CreateOption();
        var command = new Command("calendar", "Lịch báo cáo: báo cáo nào (theo chế độ báo cáo của kế hoạch) phải gửi khi nào, cho ai.") { plan, all, calendarPeriods, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = Tables.TableOutput.Parse(parseResult, format);
            using var host = Builder(context, parseResult).BuildValidated();
            var rule = PeriodRule(host.Services, parseResult.GetValue(calendarPeriods));
            var view = await host.Services.GetRequiredService<Queries.ReportCalendarQuery>().GetAsync(cancellationToken, rule, parseResult.GetValue(plan));
            var lead = (int)host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlanOptions>>().Value.ReportReminderLead.TotalDays;
            var table = new Tables.CliTable("Lịch báo cáo", "Hạn gửi", "Còn", "Báo cáo", "Kỳ", "Số liệu", "Nơi nhận", "Kế hoạch");
            foreach (var entry in view.Entries.Where(e => parseResult.GetValue(all) || e.DaysLeft(view.Today) is not < 0))
            {
                var left = entry.DaysLeft(view.Today);
                var colour = left is < 0 ? "grey" : left <= lead ? "red" : string.Empty;
                table.Add(
                    entry.DueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "không cố định",
                    new Tables.CliCell(left switch { null => entry.When ?? string.Empty, < 0 => "đã qua", 0 => "hôm nay", _ => $"{left} ngày" }, colour.Length == 0 ? null : colour),
                    entry.Report,
                    entry.Period?.Name ?? string.Empty,
                    entry.Period?.Days.ToString() ?? string.Empty,
                    string.Join("; ", entry.To),
                    entry.PlanId);
            }

            if (Tables.TableOutput.IsForPeople(output))
            {
                context.Console.WriteLine($"Hôm nay: {view.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}. Kỳ báo cáo: "
                    + (rule == ReportPeriodRule.Statutory ? "mốc chốt số liệu theo Nghị định 09/2019/NĐ-CP (quý: từ ngày 15 tháng trước đến ngày 14 tháng cuối quý)." : "theo lịch.")
                    + (view.Entries.Count == 0 ? " Kế hoạch chưa ghi chế độ báo cáo (khóa reporting)." : string.Empty));
            }

            Tables.TableOutput.Write(context, output, table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateNext(CliContext context)
    {
        var plan = PlanOption();
        var weeks = new Option<int?>("--weeks") { Description = "Chỉ xem số tuần này kể từ tuần hiện tại; mặc định: đến hết kỳ kế hoạch" };
        var format = Tables.TableOutput.CreateOption();
        var command = new Command("next", "Việc cần làm tiếp: từng tuần đến hết kỳ, mỗi chỉ tiêu còn thiếu bao nhiêu, bài nào trong hàng đợi đã bù, ô chuyên mục nào còn trống.") { plan, weeks, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = Tables.TableOutput.Parse(parseResult, format);
            if (parseResult.GetValue(weeks) is < 1)
            {
                throw new CliException("--weeks phải là số tuần từ 1 trở lên.");
            }

            using var host = Builder(context, parseResult).BuildValidated();
            var result = await host.Services.GetRequiredService<Queries.PlanNextQuery>().GetAsync(parseResult.GetValue(plan), parseResult.GetValue(weeks), cancellationToken);
            if (result.FileErrors > 0)
            {
                await context.Out.WriteLineAsync($"Cảnh báo: {result.FileErrors} lỗi trong tệp kế hoạch, hoạt động (xem plan status); các tệp lỗi không được tính.");
            }

            if (result.View is not { } view)
            {
                throw new CliException(result.Problem!);
            }

            WriteNext(context, output, view);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteNext(CliContext context, Tables.TableFormat format, Plan.NextSteps.NextStepsView view)
    {
        static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        static string Articles(IReadOnlyList<Plan.NextSteps.QueuedPublication> queued) =>
            string.Join("; ", queued.Select(q => $"{q.ArticleId} ({q.Day.ToString("dd/MM", CultureInfo.InvariantCulture)})"));

        var gaps = new Tables.CliTable("Chỉ tiêu còn thiếu", "Chỉ tiêu", "Loại", "Đơn vị", "Còn cần", "Đã xếp lịch", "Còn phải tìm", "Hạn", "Bài đã xếp lịch");
        foreach (var gap in view.Gaps)
        {
            gaps.Add(
                ShortLabel(gap.Progress),
                gap.Kind,
                gap.Units.Count == 0 ? "—" : string.Join("; ", gap.Units),
                gap.Remaining.ToString(CultureInfo.InvariantCulture),
                gap.ActivitiesOnly ? "— (ghi hoạt động)" : gap.Queued.Count.ToString(CultureInfo.InvariantCulture),
                new Tables.CliCell(gap.StillMissing.ToString(CultureInfo.InvariantCulture), gap.StillMissing > 0 ? "red" : "green"),
                Day(gap.Deadline),
                Articles(gap.Queued));
        }

        var weeks = new Tables.CliTable("Từng tuần", "Tuần", "Chỉ tiêu", "Cần thêm trong tuần", "Bài đã xếp lịch trong tuần", "Đơn vị", "Ô chuyên mục còn trống có thể dùng");
        foreach (var week in view.Weeks)
        {
            foreach (var need in week.Needs)
            {
                var slots = week.FreeSlots.Where(s => Plan.NextSteps.NextStepsPlanner.CouldClose(s, need.Gap)).ToList();
                weeks.Add(
                    week.Label,
                    ShortLabel(need.Gap.Progress),
                    new Tables.CliCell(need.Missing.ToString(CultureInfo.InvariantCulture), need.Missing > 0 ? "red" : null),
                    Articles(need.Queued),
                    need.Gap.Units.Count == 0 ? "—" : string.Join("; ", need.Gap.Units),
                    need.Missing == 0 ? string.Empty : string.Join("; ", slots.Select(s => $"{s.ColumnName} {s.At.ToString("dd/MM HH:mm", CultureInfo.InvariantCulture)}")));
            }
        }

        var free = new Tables.CliTable("Ô chuyên mục còn trống", "Tuần", "Chuyên mục", "Thời điểm", "Kênh");
        foreach (var week in view.Weeks)
        {
            foreach (var slot in week.FreeSlots)
            {
                free.Add(week.Label, slot.ColumnName, slot.At.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), string.Join(", ", slot.Channels));
            }
        }

        if (!Tables.TableOutput.IsForPeople(format))
        {
            Tables.TableOutput.Write(context, format, gaps, weeks, free);
            return;
        }

        var console = context.Console;
        var plan = view.Status.Plan;
        console.MarkupLine($"[bold]{Markup.Escape(plan.Title)}[/] ({Markup.Escape(plan.Id)})");
        console.WriteLine($"Hôm nay {Day(view.Status.AsOf)}; xem từ nay đến hết ngày {Day(view.Horizon.End)} (kỳ kế hoạch đến {Day(plan.Period.End)}).");
        if (view.Gaps.Count == 0)
        {
            console.MarkupLine(plan.Targets.Count == 0
                ? "Kế hoạch chưa đặt chỉ tiêu định lượng (targets): không tính được việc còn thiếu."
                : "[green]Mọi chỉ tiêu còn hiệu lực đều đã đạt đủ.[/]");
        }
        else
        {
            Tables.TableOutput.Write(context, format, gaps);
            if (weeks.Rows.Count > 0)
            {
                Tables.TableOutput.Write(context, format, weeks);
            }

            var missing = view.Gaps.Sum(g => g.StillMissing);
            console.MarkupLine(Markup.Escape(missing == 0
                ? "Các bài đã xếp lịch đủ bù mọi chỉ tiêu nếu được đăng đúng hẹn."
                : $"Còn phải tìm thêm {missing} tin, bài hoặc hoạt động cho {view.Gaps.Count(g => g.StillMissing > 0)} chỉ tiêu."));
        }

        if (free.Rows.Count > 0)
        {
            Tables.TableOutput.Write(context, format, free);
        }
        else
        {
            console.WriteLine("Không còn ô chuyên mục trống trong thời gian này.");
        }
    }

    private static async Task<(PlanWorkspace Workspace, PlanDocument Plan, DateOnly AsOf)> LoadAsync(
        IServiceProvider services, string? planId, string? asOfText, CliContext context, CancellationToken cancellationToken)
    {
        var session = services.GetRequiredService<PlanSession>();
        var asOf = asOfText is null ? session.Today() : ParseDay(asOfText);
        var workspace = await session.LoadAsync(cancellationToken);
        var problems = workspace.Plans.Diagnostics.Where(d => d.IsError).ToList();
        foreach (var diagnostic in problems)
        {
            await context.Out.WriteLineAsync(diagnostic.ToString());
        }

        var plans = workspace.Plans;
        var plan = planId is null ? plans.Current(asOf) : plans.Find(planId);
        if (plan is not null)
        {
            if (problems.Count > 0)
            {
                await context.Out.WriteLineAsync($"Cảnh báo: {problems.Count} lỗi trong kế hoạch, hoạt động ở trên; các tệp lỗi không được tính.");
            }

            return (workspace, plan, asOf);
        }

        if (planId is null)
        {
            throw new CliException(problems.Count > 0
                ? "Không có kế hoạch hợp lệ nào: sửa các lỗi ở trên rồi chạy lại."
                : $"Chưa có kế hoạch nào. Tạo tệp {PlanLoader.PlanFolder}/<mã>.yaml trong thư mục nội dung (xem docs/plan.md).");
        }

        var known = plans.Plans.Select(p => p.Id).ToList();
        throw new CliException($"Không tìm thấy kế hoạch \"{planId}\"."
            + (problems.Any(p => Path.GetFileNameWithoutExtension(p.Path).Equals(planId, StringComparison.OrdinalIgnoreCase)) ? " Tệp kế hoạch có lỗi (xem ở trên)." : string.Empty)
            + (known.Count > 0 ? $" Các kế hoạch hiện có: {string.Join(", ", known)}." : string.Empty));
    }

    /// <summary>The one-shot host with the plan services (<c>AddPlan</c> is idempotent, so this works whether or not
    /// <see cref="CliHost"/> registers them already).</summary>
    private static Microsoft.Extensions.Hosting.HostApplicationBuilder Builder(CliContext context, ParseResult parseResult)
    {
        var builder = CliHost.CreateBuilder(context, parseResult, worker: false);
        builder.AddPlan();
        return builder;
    }

    internal static DateOnly ParseDay(string text)
    {
        var result = PeriodText.Parse(text, defaultYear: null);
        if (result.Value is { Days: 1 } day)
        {
            return day.Start;
        }

        throw new CliException($"--as-of \"{text}\" không phải một ngày hợp lệ. Ghi dạng 2026-09-30 hoặc 30/9/2026.");
    }

    private static Option<bool> CalendarPeriodsOption() => new("--calendar-periods")
    {
        Description = "Tính kỳ theo lịch (quý từ ngày 1 đến hết tháng cuối quý) thay cho mốc chốt số liệu theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ)",
    };

    /// <summary>The period rule: calendar when the flag says so, else the <c>Plan:ReportPeriods</c> setting.</summary>
    private static ReportPeriodRule PeriodRule(IServiceProvider services, bool calendarFlag) =>
        calendarFlag ? ReportPeriodRule.Calendar : services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlanOptions>>().Value.ReportPeriods;

    /// <summary>The days of a <c>--period</c> value and, for quarter/half/year, the period's name.</summary>
    internal static (DateRange Days, string? Name) ParsePeriod(string text, PlanDocument plan, DateOnly asOf, ReportPeriodRule rule = ReportPeriodRule.Statutory)
    {
        var kind = text.Trim().ToLowerInvariant() switch
        {
            "quarter" or "quy" or "quý" => ReportPeriodKind.Quarter,
            "half" or "6-thang" or "6 tháng" => ReportPeriodKind.Half,
            "year" or "nam" or "năm" => (ReportPeriodKind?)ReportPeriodKind.Year,
            _ => null,
        };
        if (kind is { } k)
        {
            var period = PlanReportBuilder.PeriodFor(plan, k, asOf, rule);
            return (period.Days, period.Name);
        }

        var result = PeriodText.Parse(text, plan.Period.Start.Year == plan.Period.End.Year ? plan.Period.Start.Year : null);
        if (result.Value is { } range && NamedPeriod(range, rule)?.Within(plan.Period) is { } named)
        {
            return (named.Days, named.Name);
        }

        if (result.Value is { } written && written.Intersect(plan.Period) is { } inside)
        {
            return (inside, null);
        }

        throw new CliException(result.Value is { } outside
            ? $"Kỳ báo cáo {outside} nằm ngoài kỳ kế hoạch {plan.Id} ({plan.Period})."
            : $"--period \"{text}\" không hợp lệ: dùng quarter, half, year hoặc ghi rõ kỳ, ví dụ \"Quý III/2026\".");
    }

    /// <summary>"Quý III/2026" written as a calendar quarter, half or year becomes that report period under <paramref name="rule"/>.</summary>
    private static ReportPeriod? NamedPeriod(DateRange range, ReportPeriodRule rule)
    {
        foreach (var kind in new[] { ReportPeriodKind.Quarter, ReportPeriodKind.Half, ReportPeriodKind.Year })
        {
            var calendar = ReportPeriod.Named(kind, range.Start, ReportPeriodRule.Calendar);
            if (calendar.Days == range)
            {
                return ReportPeriod.Of(kind, calendar.Year, calendar.Index, rule);
            }
        }

        return null;
    }

    internal static ReportFormat ParseFormat(string? format, string outPath)
    {
        var value = (format ?? Path.GetExtension(outPath).TrimStart('.')).ToLowerInvariant();
        return value switch
        {
            "docx" or "word" => ReportFormat.Docx,
            "xlsx" or "excel" => ReportFormat.Xlsx,
            "md" or "markdown" => ReportFormat.Markdown,
            _ => throw new CliException(format is null
                ? $"Không biết định dạng cho tệp \"{outPath}\": thêm --format docx, xlsx hoặc md."
                : $"--format \"{format}\" không hợp lệ: dùng docx (Word), xlsx (Excel) hoặc md (Markdown)."),
        };
    }

    private static void WriteStatus(CliContext context, Tables.TableFormat format, PlanStatus status)
    {
        var console = context.Console;
        var plan = status.Plan;
        var table = new Tables.CliTable("Chỉ tiêu", "Chỉ tiêu", "Mức", "Đã đạt", "Cần đến nay", "Cả kỳ", "Kỳ đạt", "Đánh giá");
        foreach (var target in status.Targets)
        {
            var colour = target.OnTrack ? "green" : "red";
            table.Add(
                ShortLabel(target),
                target.Target.RateText,
                Done(target),
                target.ExpectedSoFar.ToString(CultureInfo.InvariantCulture),
                target.Required.ToString(CultureInfo.InvariantCulture),
                target.SpansElapsed == 0 ? "—" : $"{target.SpansMet}/{target.SpansElapsed} {PlanCalendar.UnitName(target.Target.Per)}",
                new Tables.CliCell(PlanReportBuilder.Verdict(target), colour));
        }

        var tasks = new Tables.CliTable("Nhiệm vụ", "Mã", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Tin, bài", "Hoạt động", "Ghi chú");
        foreach (var task in status.Tasks)
        {
            var note = !task.Started ? new Tables.CliCell("chưa đến thời gian thực hiện", "grey")
                : task.Idle ? new Tables.CliCell("chưa có tin, bài hay hoạt động nào", "red")
                : new Tables.CliCell(string.Empty);
            tasks.Add(
                task.Task.Id,
                task.Task.Name.Length <= 60 ? task.Task.Name : task.Task.Name[..57].TrimEnd() + "…",
                task.Task.Lead ?? string.Empty,
                string.Join("; ", task.Task.Partners),
                task.Task.TimeText,
                task.Articles.ToString(CultureInfo.InvariantCulture),
                task.Activities.ToString(CultureInfo.InvariantCulture),
                note);
        }

        if (!Tables.TableOutput.IsForPeople(format))
        {
            Tables.TableOutput.Write(context, format, table, tasks);
            return;
        }

        console.MarkupLine($"[bold]{Markup.Escape(plan.Title)}[/] ({Markup.Escape(plan.Id)})");
        console.WriteLine($"Kỳ kế hoạch: {plan.PeriodText} ({plan.Period}); số liệu tính đến hết ngày {status.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.");
        if (status.Targets.Count > 0)
        {
            Tables.TableOutput.Write(context, format, table);
        }
        else
        {
            console.MarkupLine("Kế hoạch chưa đặt chỉ tiêu định lượng (targets).");
        }

        if (status.Tasks.Count > 0)
        {
            Tables.TableOutput.Write(context, format, tasks);
        }

        var behind = status.Behind.Count();
        var idle = status.IdleTasks.Count();
        console.MarkupLine(behind == 0 && idle == 0
            ? "[green]Mọi chỉ tiêu đều đúng tiến độ.[/]"
            : Markup.Escape($"{behind} chỉ tiêu chậm tiến độ, {idle} nhiệm vụ chưa có kết quả."));
        console.MarkupLine(Markup.Escape($"Nguồn số liệu: tin, bài từ {PlanReportBuilder.LedgerSource.ToLowerInvariant()} (chỉ tính lần đăng, phát đã xác nhận); hoạt động từ các tệp trong content/{PlanLoader.ActivitiesFolder}."));
    }

    /// <summary>The target without its note, and a task target as "Nhiệm vụ NV01" (the task table names it).</summary>
    private static string ShortLabel(TargetProgress target) => target.Target switch
    {
        { Kind: PlanTargetKind.Task, Form: null } t => $"Nhiệm vụ {t.TaskId}",
        { Kind: PlanTargetKind.Task } t => $"Nhiệm vụ {t.TaskId} ({PlanForms.Label(t.Form!)})",
        { Note: { } note } => target.Label[..^(note.Length + 3)],
        _ => target.Label,
    };

    private static string Done(TargetProgress target) =>
        target.FromActivities == 0 ? target.Done.ToString(CultureInfo.InvariantCulture)
        : target.FromLedger == 0 ? $"{target.Done} (hoạt động)"
        : $"{target.Done} ({target.FromLedger} tin bài + {target.FromActivities} hoạt động)";
}
