using System.CommandLine;
using CchcPublisher.Queries;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary><c>channels check</c>: credentials and reachability of every enabled channel, in plain Vietnamese.</summary>
internal static class ChannelsCommand
{
    public static Command Create(CliContext context)
    {
        var check = new Command("check", "Kiểm tra thông tin đăng nhập và kết nối của từng kênh; mã thoát 1 nếu có kênh chưa sẵn sàng.");
        check.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var rows = await host.Services.GetRequiredService<ChannelCheckQuery>().RunAsync(cancellationToken);
            var table = new Table().Title("Kiểm tra kênh đăng").AddColumns("Kênh", "Chế độ", "Kết quả", "Chi tiết");
            var allOk = true;
            foreach (var (channel, result) in rows)
            {
                allOk &= result.Ok;
                table.AddRow(
                    Markup.Escape(CliFormat.Channel(channel)),
                    Markup.Escape(result.Mode),
                    result.Ok ? "[green]sẵn sàng[/]" : "[red]có vấn đề[/]",
                    Markup.Escape(result.Message));
            }

            context.Console.Write(table);
            return allOk ? ExitCodes.Ok : ExitCodes.Problems;
        });
        var command = new Command("channels", "Các kênh đăng bài.") { check };
        return command;
    }
}
