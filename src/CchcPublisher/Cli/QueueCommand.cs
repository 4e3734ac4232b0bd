using System.CommandLine;
using CchcPublisher.Hosting;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CchcPublisher.Cli.Tables;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary><c>queue</c>: what is scheduled next, per column slot and channel. Reads only; changes nothing.</summary>
internal static class QueueCommand
{
    public static Command Create(CliContext context)
    {
        var format = Tables.TableOutput.CreateOption();
        var command = new Command("queue", "Xem lịch đăng sắp tới theo từng chuyên mục, khung giờ và kênh.") { format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = Tables.TableOutput.Parse(parseResult, format);
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            var planner = host.Services.GetRequiredService<PublicationPlanner>();
            var (content, plan) = await host.Services.GetRequiredService<PublishRunner>().PreviewAsync(new PublishRequest(), cancellationToken);
            var upcoming = plan
                .Where(i => i.Action is PlannedAction.Schedule or PlannedAction.Publish or PlannedAction.Reconcile or PlannedAction.Update or PlannedAction.Wait)
                .GroupBy(i => (i.ArticleId, i.DueAt, i.Column))
                .OrderBy(g => g.Key.DueAt)
                .ThenBy(g => g.Key.ArticleId, StringComparer.Ordinal)
                .ToList();
            var columnNames = planner.Columns.ToDictionary(c => c.Key, c => c.Column.Name, StringComparer.Ordinal);
            if (upcoming.Count == 0 && output.IsForPeople())
            {
                context.Console.MarkupLine("Hàng đợi trống: không có bài nào đang chờ đăng.");
            }
            else
            {
                var table = new Tables.CliTable("Lịch đăng sắp tới", "#", "Thời điểm", "Chuyên mục", "Bài viết", "Kênh", "Tình trạng");
                var position = 0;
                foreach (var group in upcoming)
                {
                    var first = group.First();
                    table.Add(
                        (++position).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        first.DueAt is { } due ? CliFormat.LocalWithDay(due, zone) : "—",
                        group.Key.Column is { } key ? columnNames.GetValueOrDefault(key, key) : "hẹn giờ riêng",
                        $"{first.Article?.Title ?? first.ArticleId} ({first.ArticleId})",
                        string.Join(", ", group.Select(i => CliFormat.Channel(i.Channel))),
                        Describe(first));
                }

                Tables.TableOutput.Write(context, output, table);
            }

            if (!output.IsForPeople())
            {
                return ExitCodes.Ok;
            }

            var drafts = content.Articles.Count(a => a.Status == Content.Articles.ArticleStatus.Draft);
            var broken = content.Diagnostics.Where(d => d.IsError).Select(d => d.Path).Distinct(StringComparer.Ordinal).Count();
            context.Console.MarkupLineInterpolated($"{upcoming.Count} bài đang chờ; {drafts} bản nháp không đăng; {broken} tệp có lỗi (xem lệnh validate).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Describe(PlannedItem item) => item.Action switch
    {
        PlannedAction.Publish => "đến hạn: đăng ở lần chạy tới",
        PlannedAction.Reconcile => "chờ đối chiếu kết quả lần trước",
        PlannedAction.Update => "đã sửa: sẽ cập nhật",
        PlannedAction.Wait => item.Reason ?? "đang chờ thử lại",
        _ => "đã lên lịch",
    };
}
