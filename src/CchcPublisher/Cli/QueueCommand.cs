using System.CommandLine;
using CchcPublisher.Hosting;
using CchcPublisher.Publishing;
using CchcPublisher.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary><c>queue</c>: what is scheduled next, per column slot and channel. Reads only; changes nothing.</summary>
internal static class QueueCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("queue", "Xem lịch đăng sắp tới theo từng chuyên mục, khung giờ và kênh.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            var queue = await host.Services.GetRequiredService<QueueQuery>().GetAsync(cancellationToken);
            var upcoming = queue.Rows;
            if (upcoming.Count == 0)
            {
                context.Console.MarkupLine("Hàng đợi trống: không có bài nào đang chờ đăng.");
            }
            else
            {
                var table = new Table().Title("Lịch đăng sắp tới").AddColumns("#", "Thời điểm", "Chuyên mục", "Bài viết", "Kênh", "Tình trạng");
                var position = 0;
                foreach (var row in upcoming)
                {
                    var first = row.First;
                    table.AddRow(
                        (++position).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Markup.Escape(first.DueAt is { } due ? CliFormat.LocalWithDay(due, zone) : "—"),
                        Markup.Escape(row.ColumnName ?? "hẹn giờ riêng"),
                        Markup.Escape($"{first.Article?.Title ?? first.ArticleId} ({first.ArticleId})"),
                        Markup.Escape(string.Join(", ", row.Channels.Select(CliFormat.Channel))),
                        Markup.Escape(Describe(first)));
                }

                context.Console.Write(table);
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
        _ => "đã lên lịch",
    };
}
