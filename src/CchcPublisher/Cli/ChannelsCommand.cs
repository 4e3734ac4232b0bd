using System.CommandLine;
using CchcPublisher.Channels;
using Microsoft.Extensions.DependencyInjection;
using CchcPublisher.Cli.Tables;

namespace CchcPublisher.Cli;

/// <summary><c>channels check</c>: credentials and reachability of every enabled channel, in plain Vietnamese.</summary>
internal static class ChannelsCommand
{
    public static Command Create(CliContext context)
    {
        var format = TableOutput.CreateOption();
        var check = new Command("check", "Kiểm tra thông tin đăng nhập và kết nối của từng kênh; mã thoát 1 nếu có kênh chưa sẵn sàng.") { format };
        check.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = TableOutput.Parse(parseResult, format);
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var checks = host.Services.GetServices<IChannelCheck>()
                .OrderBy(c => ChannelNames.All.ToList().IndexOf(c.Channel))
                .ToList();
            var table = new CliTable("Kiểm tra kênh đăng", "Kênh", "Chế độ", "Kết quả", "Chi tiết");
            var allOk = true;
            foreach (var channelCheck in checks)
            {
                ChannelCheckResult result;
                try
                {
                    result = await channelCheck.CheckAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    result = new ChannelCheckResult(false, "?", $"Lỗi không mong đợi khi kiểm tra: {ex.Message}");
                }

                allOk &= result.Ok;
                table.Add(
                    CliFormat.Channel(channelCheck.Channel),
                    result.Mode,
                    result.Ok ? new CliCell("sẵn sàng", "green") : new CliCell("có vấn đề", "red"),
                    result.Message);
            }

            TableOutput.Write(context, output, table);
            return allOk ? ExitCodes.Ok : ExitCodes.Problems;
        });
        var command = new Command("channels", "Các kênh đăng bài.") { check };
        return command;
    }
}
