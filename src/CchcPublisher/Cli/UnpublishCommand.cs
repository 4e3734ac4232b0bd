using System.CommandLine;
using CchcPublisher.Channels;
using CchcPublisher.Content;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Cli;

/// <summary><c>unpublish --article ID [--channel C]</c>: take an article off its channels.</summary>
internal static class UnpublishCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Option<string>("--article") { Description = "Mã bài viết (id) cần gỡ", Required = true };
        var channel = new Option<string?>("--channel") { Description = "Chỉ gỡ trên kênh này (website, zalo, facebook, radio); mặc định: mọi kênh" };
        var format = Tables.TableOutput.CreateOption();
        var command = new Command("unpublish",
            "Gỡ một bài đã đăng: xoá trang trên trang web (WordPress: chuyển vào thùng rác), xoá bài trên Zalo/Facebook nếu dịch vụ cho phép, " +
            "huỷ lịch đăng chưa tới; nói rõ chỗ nào phải gỡ tay.")
        {
            article, channel, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var id = parseResult.GetValue(article)!.Trim();
            var only = parseResult.GetValue(channel)?.Trim();
            var withdrawal = host.Services.GetRequiredService<Withdrawal>();
            var reports = await withdrawal.WithdrawAsync(id, only, cancellationToken);
            if (reports is null)
            {
                var content = await host.Services.GetRequiredService<IContentLoader>().LoadAsync(null, cancellationToken);
                if (content.Articles.Any(a => string.Equals(a.Id, id, StringComparison.Ordinal)))
                {
                    await context.Out.WriteLineAsync($"Bài '{id}' chưa từng được đăng hay lên lịch trên kênh nào: không có gì để gỡ.");
                    return ExitCodes.Ok;
                }

                throw PreviewCommand.UnknownArticle(id, [.. content.Articles.Select(a => a.Id), .. await withdrawal.KnownArticleIdsAsync(cancellationToken)]);
            }

            if (reports.Count == 0)
            {
                await context.Out.WriteLineAsync(only is null
                    ? $"Bài '{id}' hiện không có trên kênh nào: không có gì để gỡ."
                    : $"Bài '{id}' hiện không có trên kênh {ChannelNames.Label(only)}: không có gì để gỡ.");
                return ExitCodes.Ok;
            }

            var table = new Tables.CliTable($"Gỡ bài '{id}'", "Kênh", "Kết quả", "Ghi chú");
            foreach (var report in reports)
            {
                table.Add(CliFormat.Channel(report.Channel), CliFormat.Outcome(report.Outcome), report.Message ?? report.Url ?? string.Empty);
            }

            Tables.TableOutput.Write(context, Tables.TableOutput.Parse(parseResult, format), table);
            var left = reports.Count(r => r.Outcome is not PublicationOutcome.Withdrawn);
            if (left > 0)
            {
                await context.Out.WriteLineAsync($"Còn {left} kênh chưa gỡ được; xem ghi chú ở trên.");
                return ExitCodes.Problems;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
