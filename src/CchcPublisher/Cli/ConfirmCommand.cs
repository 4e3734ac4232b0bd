using System.CommandLine;
using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Cli;

/// <summary><c>confirm --article ID --channel C --url URL [--at TIME]</c>: an outbox item was posted by hand.</summary>
internal static class ConfirmCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Option<string>("--article") { Description = "Mã bài viết (id)", Required = true };
        var channel = new Option<string>("--channel") { Description = "Kênh đã đăng: zalo, facebook, radio…", Required = true };
        var url = new Option<string>("--url") { Description = "Địa chỉ bài đã đăng", Required = true };
        var at = new Option<string?>("--at") { Description = "Thời điểm đăng (giờ địa phương, ví dụ 2026-11-30T08:15); mặc định: bây giờ" };
        var command = new Command("confirm", "Xác nhận bài chờ đăng thủ công đã được đăng: ghi địa chỉ và thời điểm thật để tính vào kế hoạch.")
        {
            article, channel, url, at,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var zone = host.Services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            DateTimeOffset? when = parseResult.GetValue(at) is { } text ? CliFormat.ParseInstant(text, zone, "--at", endOfDay: false) : null;
            await host.Services.GetRequiredService<ILedger>().MigrateAsync(cancellationToken);
            var result = await host.Services.GetRequiredService<ManualConfirmation>().ConfirmAsync(
                parseResult.GetValue(article)!.Trim(), parseResult.GetValue(channel)!.Trim(), parseResult.GetValue(url)!, when, cancellationToken);
            if (result.Entry is not { } entry)
            {
                await context.Out.WriteLineAsync($"Lỗi: {result.Error}");
                return ExitCodes.Problems;
            }

            var local = TimeZoneInfo.ConvertTime(entry.PublishedAt!.Value, zone);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Đã ghi nhận: \"{entry.Title}\" đăng trên {ChannelNames.Label(entry.Channel)} lúc {local:dd/MM/yyyy HH:mm}, {entry.RemoteUrl}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
