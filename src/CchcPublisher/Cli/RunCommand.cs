using System.CommandLine;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Hosting;
using CchcPublisher.Scheduling;
using CchcPublisher.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.WindowsServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Cli;

/// <summary><c>run</c> (the default): the worker. Publishes what is due, then keeps going on schedule until stopped.</summary>
internal static partial class RunCommand
{
    public static Command Create(CliContext context) => Configure(context, new Command("run", "Chạy dịch vụ: đăng các bài đến hạn rồi tiếp tục theo lịch cho đến khi nhấn Ctrl+C."));

    /// <summary>Attaches the worker action to a command (also to the root, so that no command means <c>run</c>).</summary>
    public static Command Configure(CliContext context, Command command)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (WindowsServiceHelpers.IsWindowsService())
            {
                // A Windows service starts in System32; relative paths in configuration mean "next to the program".
                Directory.SetCurrentDirectory(AppContext.BaseDirectory);
            }

            var province = Province.ProvinceWorker.CreateBuilder(context, parseResult);
            var builder = province ?? CliHost.CreateBuilder(context, parseResult, worker: true);
            builder.Services.AddWindowsService(o => o.ServiceName = "CchcPublisher");
            builder.Services.AddSystemd();
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
            if (province is null)
            {
                builder.AddScheduling().AddRadioProgramScheduling().AddWebConsole();
            }

            using var host = builder.BuildValidated();
            var paths = host.Services.GetRequiredService<IOptions<PathOptions>>().Value;
            if (File.Exists(paths.DataRoot))
            {
                // The service would start, look healthy and publish nothing: refuse, and say why.
                throw new CliException($"Thư mục dữ liệu {PathOptions.SectionName}:{nameof(PathOptions.Data)} (hoặc --data) trỏ tới tệp \"{paths.DataRoot}\", không phải thư mục. Hãy chọn một thư mục để chương trình ghi sổ theo dõi, trang web và kịch bản phát thanh.");
            }

            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CchcPublisher");
            // RunAsync disposes the host: take the background services now to look at their outcome afterwards.
            var backgroundServices = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
            if (province is null)
            {
                Started(logger, paths.ContentRoot, paths.DataRoot);
            }
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && SettingsErrors.Describe(ex) is null)
            {
                // A supervisor (systemd Restart=on-failure, the Windows service manager) must see the failure.
                Failed(logger, ex);
                await context.Out.WriteLineAsync("Dịch vụ dừng vì lỗi khi khởi động hoặc khi chạy (chi tiết trong nhật ký). Kiểm tra thư mục dữ liệu và cấu hình rồi chạy lại.");
                return ExitCodes.Problems;
            }

            var faulted = backgroundServices
                .Where(s => s.ExecuteTask is { IsFaulted: true }).Select(s => s.GetType().Name).ToList();
            if (faulted.Count > 0)
            {
                BackgroundFaulted(logger, string.Join(", ", faulted));
                return ExitCodes.Problems;
            }

            Stopped(logger);
            return ExitCodes.Ok;
        });
        return command;
    }

    [LoggerMessage(7001, LogLevel.Information, "CchcPublisher đang chạy. Nội dung: {Content}; dữ liệu: {Data}. Nhấn Ctrl+C để dừng.")]
    private static partial void Started(ILogger logger, string content, string data);

    [LoggerMessage(7002, LogLevel.Information, "CchcPublisher đã dừng.")]
    private static partial void Stopped(ILogger logger);

    [LoggerMessage(7003, LogLevel.Critical, "Dịch vụ dừng vì lỗi.")]
    private static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(7004, LogLevel.Critical, "Dịch vụ dừng vì tác vụ nền bị lỗi: {Services}. Mã thoát khác 0 để hệ thống giám sát khởi động lại.")]
    private static partial void BackgroundFaulted(ILogger logger, string services);
}
