using System.CommandLine;
using System.Globalization;
using CchcPublisher.Approval;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Cli;

/// <summary>
/// <c>approve --article ID [--submit | --return --comment TEXT] [--by NAME]</c>: the approval flow from the command
/// line (the console's "Chờ duyệt" page does the same); <c>approve --list</c> shows every article's status.
/// </summary>
internal static class ApproveCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Option<string?>("--article") { Description = "Mã bài viết (id)" };
        var submit = new Option<bool>("--submit") { Description = "Gửi duyệt phiên bản hiện tại (người viết)" };
        var giveBack = new Option<bool>("--return") { Description = "Trả lại bài, kèm --comment" };
        var comment = new Option<string?>("--comment") { Description = "Ý kiến của người duyệt (bắt buộc khi trả lại)" };
        var by = new Option<string?>("--by") { Description = "Người thực hiện (mặc định: tên người dùng của máy)" };
        var list = new Option<bool>("--list") { Description = "Liệt kê trạng thái duyệt của mọi bài" };
        var format = Tables.TableOutput.CreateOption();
        var command = new Command("approve", "Duyệt bài: gửi duyệt, duyệt, hoặc trả lại phiên bản hiện tại của một bài; xem trạng thái duyệt (--list).")
        {
            article, submit, giveBack, comment, by, list, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            await host.Services.GetRequiredService<ILedger>().MigrateAsync(cancellationToken);
            var service = host.Services.GetRequiredService<ApprovalService>();
            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            if (parseResult.GetValue(list))
            {
                var table = new Tables.CliTable("Trạng thái duyệt", "Bài", "Trạng thái", "Người, lúc", "Ý kiến");
                foreach (var (a, approval) in await service.ListAsync(cancellationToken))
                {
                    var who = approval.Latest is { } latest
                        ? string.Create(CultureInfo.InvariantCulture, $"{latest.Actor}, {TimeZoneInfo.ConvertTime(latest.At, zone):dd/MM/yyyy HH:mm}")
                        : string.Empty;
                    var status = ArticleApproval.Label(approval.Status) + (approval.EditedSince && approval.Status == ApprovalStatus.Pending ? " (đã sửa)" : string.Empty);
                    table.Add($"{a.Title} [{a.Id}]", status, who, approval.Latest?.Comment ?? string.Empty);
                }

                Tables.TableOutput.Write(context, Tables.TableOutput.Parse(parseResult, format), table);
                if (!host.Services.GetRequiredService<IOptions<ApprovalOptions>>().Value.Required)
                {
                    await context.Out.WriteLineAsync("Lưu ý: xã chưa bật yêu cầu duyệt (Approval:Required = false), nên bài đến hạn vẫn được đăng dù chưa duyệt.");
                }

                return ExitCodes.Ok;
            }

            if (parseResult.GetValue(article)?.Trim() is not { Length: > 0 } id)
            {
                throw new CliException("Cần --article MÃ (hoặc --list để xem trạng thái duyệt).");
            }

            if (parseResult.GetValue(submit) && parseResult.GetValue(giveBack))
            {
                throw new CliException("Chọn một việc: --submit (gửi duyệt) hoặc --return (trả lại), không dùng cả hai.");
            }

            var actor = parseResult.GetValue(by)?.Trim() is { Length: > 0 } name ? name : Environment.UserName;
            var result = parseResult.GetValue(submit) ? await service.SubmitAsync(id, actor, cancellationToken)
                : parseResult.GetValue(giveBack) ? await service.ReturnAsync(id, actor, parseResult.GetValue(comment) ?? string.Empty, cancellationToken)
                : await service.ApproveAsync(id, actor, parseResult.GetValue(comment), cancellationToken);
            if (!result.Ok)
            {
                await context.Out.WriteLineAsync($"Lỗi: {result.Error}");
                return ExitCodes.Problems;
            }

            await context.Out.WriteLineAsync($"Bài '{id}': {ArticleApproval.Label(result.Approval!.Status)} (người thực hiện: {actor}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
