using System.CommandLine;
using CchcPublisher.Hosting;
using CchcPublisher.Publishing;
using CchcPublisher.Queries;
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
            var queue = await host.Services.GetRequiredService<QueueQuery>().GetAsync(cancellationToken);
            var upcoming = queue.Rows;
            if (upcoming.Count == 0 && output.IsForPeople())
            {
                context.Console.MarkupLine("Hàng đợi trống: không có bài nào đang chờ đăng.");
            }
            else
            {
                var table = new Tables.CliTable("Lịch đăng sắp tới", "#", "Thời điểm", "Chuyên mục", "Bài viết", "Kênh", "Tình trạng");
                var position = 0;
                foreach (var row in upcoming)
                {
                    var first = row.First;
                    table.Add(
                        (++position).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        first.DueAt is { } due ? CliFormat.LocalWithDay(due, zone) : "—",
                        row.ColumnName ?? "hẹn giờ riêng",
                        $"{first.Article?.Title ?? first.ArticleId} ({first.ArticleId})",
                        string.Join(", ", row.Channels.Select(CliFormat.Channel)),
                        Describe(first));
                }

                Tables.TableOutput.Write(context, output, table);
            }

            if (!output.IsForPeople())
            {
                return ExitCodes.Ok;
            }

            var (drafts, broken) = (queue.Drafts, queue.BrokenFiles);
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
        PlannedAction.Schedule when item.Reason is { } reason => $"đã lên lịch; {reason}",
        _ => "đã lên lịch",
    };
}
