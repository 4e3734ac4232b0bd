using System.CommandLine;
using System.Globalization;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Cli;

/// <summary><c>radio confirm --date D --slot S [--items ID …]</c>: the operator says the program aired.</summary>
internal static class RadioConfirmCommand
{
    public static Command Create(CliContext context)
    {
        var date = new Option<string>("--date") { Description = "Ngày phát (yyyy-MM-dd)", Required = true };
        var slot = new Option<string>("--slot") { Description = "Khung giờ phát, ví dụ sang, chieu", Required = true };
        var items = new Option<string[]>("--items")
        {
            Description = "Chỉ các tin đã phát (mã bài, cách nhau bằng dấu cách); bỏ trống = phát đủ cả chương trình",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("confirm", "Xác nhận chương trình phát thanh đã phát (toàn bộ hoặc một phần); chỉ tin đã phát mới được tính.")
        {
            date, slot, items,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!DateOnly.TryParseExact(parseResult.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new CliException($"--date '{parseResult.GetValue(date)}' không hợp lệ; dùng dạng yyyy-MM-dd, ví dụ 2026-11-30.");
            }

            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            await host.Services.GetRequiredService<ILedger>().MigrateAsync(cancellationToken);
            var confirmation = host.Services.GetRequiredService<BroadcastConfirmation>();
            var listed = parseResult.GetValue(items) ?? [];
            var (aired, notAired, error) = await confirmation.ConfirmAsync(day, parseResult.GetValue(slot)!, listed, cancellationToken);
            if (error is not null)
            {
                await context.Out.WriteLineAsync($"Lỗi: {error}");
                return ExitCodes.Problems;
            }

            var rest = notAired > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {notAired} tin không phát, chờ chương trình sau.") : ".";
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Đã xác nhận phát {aired} tin{rest}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
