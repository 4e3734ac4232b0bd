using System.CommandLine;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Hosting;
using CchcPublisher.Scheduling;
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

            var builder = CliHost.CreateBuilder(context, parseResult, worker: true);
            builder.Services.AddWindowsService(o => o.ServiceName = "CchcPublisher");
            builder.Services.AddSystemd();
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
            builder.AddScheduling().AddRadioProgramScheduling();
            using var host = builder.Build();
            var paths = host.Services.GetRequiredService<IOptions<PathOptions>>().Value;
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CchcPublisher");
            Started(logger, paths.ContentRoot, paths.DataRoot);
            await host.RunAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    [LoggerMessage(7001, LogLevel.Information, "CchcPublisher đang chạy. Nội dung: {Content}; dữ liệu: {Data}. Nhấn Ctrl+C để dừng.")]
    private static partial void Started(ILogger logger, string content, string data);
}
