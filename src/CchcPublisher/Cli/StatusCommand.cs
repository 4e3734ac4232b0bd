using System.CommandLine;
using System.Globalization;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary><c>status</c>: the recent ledger, failures first, with articles edited since publication flagged.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "Số dòng gần nhất cần hiển thị", DefaultValueFactory = _ => 30 };
        var format = Tables.TableOutput.CreateOption();
        var command = new Command("status", "Xem sổ theo dõi đăng bài gần đây, các lỗi lên đầu.") { limit, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = Tables.TableOutput.Parse(parseResult, format);
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            var rows = await host.Services.GetRequiredService<StatusQuery>().ListAsync(parseResult.GetValue(limit), cancellationToken);
            if (rows.Count == 0 && Tables.TableOutput.IsForPeople(output))
            {
                context.Console.MarkupLine("Sổ theo dõi chưa có mục nào. Chạy lệnh publish hoặc run để bắt đầu.");
                return ExitCodes.Ok;
            }

            var table = new Tables.CliTable("Sổ theo dõi đăng bài", "Trạng thái", "Bài viết", "Kênh", "Đến hạn", "Cập nhật", "Lần thử", "Địa chỉ / ghi chú");
            foreach (var (entry, changed) in rows)
            {
                var state = CliFormat.State(entry.State) + (changed ? " (đã sửa sau khi đăng)" : string.Empty);
                var colour = entry.State switch
                {
                    PublicationState.Failed or PublicationState.Unknown or PublicationState.Publishing => "red",
                    PublicationState.Missed => "yellow",
                    PublicationState.Published when changed => "yellow",
                    PublicationState.Published => "green",
                    _ => "default",
                };
                table.Add(
                    new Tables.CliCell(state, colour),
                    $"{entry.Title} ({entry.ArticleId})",
                    CliFormat.Channel(entry.Channel),
                    CliFormat.Local(entry.DueAt, zone),
                    CliFormat.Local(entry.UpdatedAt, zone),
                    entry.Attempts.ToString(CultureInfo.InvariantCulture),
                    entry.LastError ?? entry.RemoteUrl ?? entry.RemoteId ?? string.Empty);
            }

            Tables.TableOutput.Write(context, output, table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
