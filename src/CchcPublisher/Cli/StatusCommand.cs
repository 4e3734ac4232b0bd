using System.CommandLine;
using System.Globalization;
using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary><c>status</c>: the recent ledger, failures first, with articles edited since publication flagged.</summary>
internal static class StatusCommand
{
    private static readonly PublicationState[] Attention = [PublicationState.Failed, PublicationState.Unknown, PublicationState.Publishing, PublicationState.Missed, PublicationState.AwaitingManual];

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
            var ledger = host.Services.GetRequiredService<ILedger>();
            await ledger.MigrateAsync(cancellationToken);
            var max = Math.Max(1, parseResult.GetValue(limit));
            var problems = await ledger.ListAsync(new LedgerQuery { States = Attention, Limit = max }, cancellationToken);
            var recent = await ledger.ListAsync(new LedgerQuery { Limit = max }, cancellationToken);
            var rows = problems
                .Concat(recent.Where(r => !Attention.Contains(r.State)))
                .Take(max)
                .ToList();
            var snapshot = await host.Services.GetRequiredService<IContentLoader>().LoadAsync(null, cancellationToken);
            var hashes = snapshot.Articles.ToDictionary(a => a.Id, a => a.ContentHash, StringComparer.Ordinal);
            if (rows.Count == 0 && Tables.TableOutput.IsForPeople(output))
            {
                context.Console.MarkupLine("Sổ theo dõi chưa có mục nào. Chạy lệnh publish hoặc run để bắt đầu.");
                return ExitCodes.Ok;
            }

            var table = new Tables.CliTable("Sổ theo dõi đăng bài", "Trạng thái", "Bài viết", "Kênh", "Đến hạn", "Cập nhật", "Lần thử", "Địa chỉ / ghi chú");
            foreach (var entry in rows)
            {
                var changed = entry.State == PublicationState.Published &&
                              hashes.TryGetValue(entry.ArticleId, out var hash) && entry.IsChangedSincePublished(hash);
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
