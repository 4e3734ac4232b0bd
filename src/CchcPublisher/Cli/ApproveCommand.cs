using System.CommandLine;
using CchcPublisher.Approval;
using CchcPublisher.Cli.Tables;
using CchcPublisher.Hosting;
using CchcPublisher.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Cli;

/// <summary>
/// <c>approve --article ID [--submit | --return --comment "…"] [--by NAME]</c> and <c>approve --list</c>:
/// the leadership's approval of the article's current version, recorded in the database.
/// </summary>
internal static class ApproveCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Option<string?>("--article") { Description = "Mã bài viết (id)" };
        var submit = new Option<bool>("--submit") { Description = "Gửi bài (bản hiện tại) để lãnh đạo duyệt" };
        var giveBack = new Option<bool>("--return") { Description = "Trả lại bài cho người viết (cần --comment)" };
        var comment = new Option<string?>("--comment") { Description = "Ý kiến kèm theo (bắt buộc khi trả lại)" };
        var by = new Option<string?>("--by") { Description = "Người thực hiện; mặc định: tên người dùng của máy" };
        var list = new Option<bool>("--list") { Description = "Liệt kê bài chờ duyệt, đã duyệt, bị trả lại" };
        var format = TableOutput.CreateOption();
        var command = new Command("approve", "Duyệt bài (bản hiện tại), gửi duyệt (--submit), trả lại (--return) hoặc xem danh sách (--list).")
        {
            article, submit, giveBack, comment, by, list, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var id = parseResult.GetValue(article)?.Trim();
            var listing = parseResult.GetValue(list);
            if (listing == (id is not null) || (parseResult.GetValue(submit) && parseResult.GetValue(giveBack)))
            {
                throw new CliException("Dùng --article MÃ-BÀI (kèm --submit hoặc --return nếu cần) hoặc --list; không dùng --submit cùng --return.");
            }

            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            if (listing)
            {
                return await ListAsync(context, host.Services, TableOutput.Parse(parseResult, format), cancellationToken);
            }

            var status = parseResult.GetValue(submit) ? ApprovalStatus.Submitted
                : parseResult.GetValue(giveBack) ? ApprovalStatus.Returned
                : ApprovalStatus.Approved;
            var actor = parseResult.GetValue(by) is { Length: > 0 } name ? name : Environment.UserName;
            var result = await host.Services.GetRequiredService<ApprovalService>().RecordAsync(
                id!, status, actor, parseResult.GetValue(comment), cancellationToken);
            if (result.Event is not { } recorded)
            {
                await context.Out.WriteLineAsync($"Lỗi: {result.Error}");
                return ExitCodes.Problems;
            }

            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            await context.Out.WriteLineAsync(
                $"Đã ghi nhận: \"{result.Title}\" ({recorded.ArticleId}) — {ApprovalStatusText.Label(recorded.Status)}, " +
                $"bởi {recorded.Actor} lúc {CliFormat.Local(recorded.At, zone)}.");
            if (recorded.Status == ApprovalStatus.Approved && !host.Services.GetRequiredService<ApprovalGate>().Required)
            {
                await context.Out.WriteLineAsync("Lưu ý: xã chưa bật yêu cầu duyệt (Approval:Required), bài được đăng kể cả khi chưa duyệt.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> ListAsync(CliContext context, IServiceProvider services, TableFormat output, CancellationToken cancellationToken)
    {
        var zone = services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
        var view = await services.GetRequiredService<ApprovalQueueQuery>().GetAsync(cancellationToken);
        var table = new CliTable("Duyệt bài", "Bài viết", "Trạng thái", "Người", "Lúc", "Ý kiến");
        foreach (var row in view.Rows)
        {
            table.Add(
                $"{row.Article.Title} ({row.Article.Id})",
                ApprovalStatusText.Label(row.Status) + (row.EditedAfterApproval ? " (đã sửa sau khi duyệt)" : string.Empty),
                row.Latest?.Actor ?? "—",
                row.Latest is { } last ? CliFormat.Local(last.At, zone) : "—",
                row.Latest?.Comment ?? string.Empty);
        }

        TableOutput.Write(context, output, table);
        if (output.IsForPeople())
        {
            var waiting = view.Rows.Count(r => r.Status == Approval.ApprovalStatus.Submitted);
            await context.Out.WriteLineAsync(
                $"{waiting} bài chờ duyệt." + (view.Required ? string.Empty : " Xã chưa bật yêu cầu duyệt (Approval:Required = false)."));
        }

        return ExitCodes.Ok;
    }
}
