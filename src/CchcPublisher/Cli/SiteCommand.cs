using System.CommandLine;
using CchcPublisher.Channels;
using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Cli;

/// <summary><c>site rebuild</c>: make the generated website again from the content and the ledger.</summary>
internal static class SiteCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("site", "Trang web tạo sẵn (chế độ Static) trong thư mục dữ liệu.");
        command.Subcommands.Add(Rebuild(context));
        return command;
    }

    private static Command Rebuild(CliContext context)
    {
        var command = new Command("rebuild",
            "Dựng lại toàn bộ trang web từ thư mục nội dung và sổ theo dõi: mọi bài đã đăng giữ nguyên địa chỉ và ngày đăng; " +
            "trang chủ, chuyên mục và RSS được viết lại. Dùng khi thư mục trang web bị xoá hoặc hỏng.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var services = host.Services;
            if (!services.GetServices<IChannel>().Any(c => c is IRebuildableChannel))
            {
                await context.Out.WriteLineAsync("Trang web không ở chế độ tạo sẵn (Static) nên không có gì để dựng lại trên máy này.");
                return ExitCodes.Ok;
            }

            var paths = services.GetRequiredService<IOptions<PathOptions>>().Value;
            var publishing = services.GetRequiredService<IOptions<PublishingOptions>>().Value;
            using var publishLock = await PublishLock.AcquireAsync(paths.DataRoot, publishing.LockTimeout, context.Time, cancellationToken);
            await services.GetRequiredService<ILedger>().MigrateAsync(cancellationToken);
            var content = await services.GetRequiredService<IContentLoader>().LoadAsync(null, cancellationToken);
            var rebuilt = await services.GetRequiredService<OutputRebuilder>().RebuildAsync(content, force: true, cancellationToken);
            foreach (var (channel, count) in rebuilt)
            {
                await context.Out.WriteLineAsync($"Đã dựng lại {ChannelNames.Label(channel)}: {count} bài.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
