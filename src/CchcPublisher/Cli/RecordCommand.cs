using System.CommandLine;
using CchcPublisher.Plan;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CchcPublisher.Hosting;

namespace CchcPublisher.Cli;

/// <summary>
/// <c>record --date D --form F --description TEXT [--unit U] [--url L] [--task T] [--category C …]
/// [--participants N] [--copies N] [--banners N] [--sessions N]</c>: work done outside the tool.
/// </summary>
internal static class RecordCommand
{
    public static Command Create(CliContext context)
    {
        var date = new Option<string>("--date") { Description = "Ngày thực hiện (2026-03-12 hoặc 12/3/2026)", Required = true };
        var form = new Option<string>("--form") { Description = "Hình thức: hop-thon, to-roi, zalo, radio… (xem docs/plan.md)", Required = true };
        var description = new Option<string>("--description") { Description = "Nội dung đã làm", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Đơn vị thực hiện" };
        var url = new Option<string?>("--url") { Description = "Địa chỉ bài đã đăng (nếu có)" };
        var task = new Option<string?>("--task") { Description = "Nhiệm vụ trong kế hoạch, ví dụ NV03" };
        var categories = new Option<string[]>("--category") { Description = "Lĩnh vực (có thể ghi nhiều lần)", AllowMultipleArgumentsPerToken = true };
        var participants = new Option<int?>("--participants") { Description = "Số người tham dự" };
        var copies = new Option<int?>("--copies") { Description = "Số tờ rơi, tài liệu phát ra" };
        var banners = new Option<int?>("--banners") { Description = "Số pano, băng rôn" };
        var sessions = new Option<int?>("--sessions") { Description = "Số buổi, lượt" };
        var command = new Command("record", "Ghi nhận việc đã làm ngoài công cụ (họp, tờ rơi, bài đăng tay trên Zalo/Facebook, đọc trực tiếp trên loa…) thành tệp hoạt động.")
        {
            date, form, description, unit, url, task, categories, participants, copies, banners, sessions,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dateText = parseResult.GetValue(date)!;
            var parsed = PeriodText.Parse(dateText, defaultYear: null);
            if (!parsed.Success || parsed.Value is not { Days: 1 } day)
            {
                throw new CliException($"--date '{dateText}' không phải một ngày; dùng dạng 2026-03-12 hoặc 12/3/2026.");
            }

            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var record = new ActivityRecord(
                day.Start,
                parseResult.GetValue(form)!.Trim().ToLowerInvariant(),
                parseResult.GetValue(description)!,
                parseResult.GetValue(unit),
                parseResult.GetValue(url),
                parseResult.GetValue(task),
                parseResult.GetValue(categories) ?? [],
                new ActivityQuantities(parseResult.GetValue(participants), parseResult.GetValue(copies), parseResult.GetValue(banners), parseResult.GetValue(sessions)));
            var (path, problems) = await host.Services.GetRequiredService<ActivityRecorder>().RecordAsync(record, cancellationToken);
            if (path is null)
            {
                foreach (var problem in problems)
                {
                    await context.Out.WriteLineAsync($"Lỗi: {problem}");
                }

                return ExitCodes.Problems;
            }

            var root = host.Services.GetRequiredService<IOptions<PathOptions>>().Value.ContentRoot;
            await context.Out.WriteLineAsync($"Đã ghi nhận: {Path.GetRelativePath(root, path)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
