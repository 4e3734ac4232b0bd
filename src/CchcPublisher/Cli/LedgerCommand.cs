using System.CommandLine;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Ledger.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CchcPublisher.Cli;

/// <summary><c>ledger copy --to postgres</c>: moves the commune's SQLite ledger into its PostgreSQL schema.</summary>
internal static class LedgerCommand
{
    public static Command Create(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "Nơi chép đến: postgres", Required = true };
        to.AcceptOnlyFromAmong("postgres");
        var from = new Option<string?>("--from") { Description = "Tệp SQLite nguồn (mặc định: sổ theo dõi của xã, <dữ liệu>/cchc.db)" };
        var copy = new Command("copy",
            "Chép toàn bộ sổ theo dõi SQLite của xã sang PostgreSQL (Ledger:ConnectionString, lược đồ Ledger:Schema), kiểm tra số dòng và mã băm trước khi lưu.")
        {
            to, from,
        };
        copy.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var options = host.Services.GetRequiredService<IOptions<LedgerOptions>>().Value;
            var paths = host.Services.GetRequiredService<IOptions<PathOptions>>().Value;
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new CliException("Chưa có Ledger:ConnectionString (chuỗi kết nối PostgreSQL); đặt qua biến môi trường CCHC__Ledger__ConnectionString.");
            }

            var source = parseResult.GetValue(from) is { } file ? Path.GetFullPath(file)
                : string.IsNullOrWhiteSpace(options.DatabasePath) ? Path.Combine(paths.DataRoot, "cchc.db") : paths.Resolve(options.DatabasePath);
            await using var target = NpgsqlDataSource.Create(options.ConnectionString);
            try
            {
                var result = await LedgerCopy.CopyAsync(source, target, options.Schema, cancellationToken);
                await context.Out.WriteLineAsync(
                    $"Đã chép {result.Publications} mục, {result.Categories} dòng lĩnh vực và {result.Events} sự kiện từ {source} sang PostgreSQL (lược đồ {options.Schema}).");
                await context.Out.WriteLineAsync($"Đã kiểm tra: số dòng và mã băm SHA-256 khớp nguồn ({result.PublicationsHash}).");
                await context.Out.WriteLineAsync("Bước tiếp theo: đặt Ledger:Provider = Postgres cho xã này rồi khởi động lại dịch vụ.");
                return ExitCodes.Ok;
            }
            catch (LedgerCopyException ex)
            {
                await context.Out.WriteLineAsync($"Lỗi: {ex.Message}");
                return ExitCodes.Problems;
            }
        });
        return new Command("ledger", "Quản lý sổ theo dõi đăng bài.") { copy };
    }
}
