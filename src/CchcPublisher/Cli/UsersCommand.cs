using System.CommandLine;
using CchcPublisher.Web;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary><c>users add --name N --role R</c>: a console user; the password is asked (or read from standard input), never an option.</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "Tên đăng nhập (chữ thường không dấu, chữ số, . - _)", Required = true };
        var role = new Option<string>("--role") { Description = $"Vai trò: {string.Join(", ", ConsoleRoles.All)}", Required = true };
        var add = new Command("add", "Tạo người dùng bảng điều khiển (hoặc đặt lại mật khẩu, vai trò). Mật khẩu được hỏi khi chạy, hoặc đọc một dòng từ đầu vào chuẩn.")
        {
            name, role,
        };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var builder = CliHost.CreateBuilder(context, parseResult, worker: false);
            builder.AddConsoleUsers();
            using var host = builder.BuildValidated();
            var password = await ReadPasswordAsync(context, cancellationToken);
            if (string.IsNullOrEmpty(password))
            {
                await context.Out.WriteLineAsync("Lỗi: chưa nhập mật khẩu.");
                return ExitCodes.Usage;
            }

            var error = await host.Services.GetRequiredService<UserStore>()
                .AddAsync(parseResult.GetValue(name)!.Trim(), parseResult.GetValue(role)!.Trim(), password, cancellationToken);
            if (error is not null)
            {
                await context.Out.WriteLineAsync($"Lỗi: {error}");
                return ExitCodes.Usage;
            }

            await context.Out.WriteLineAsync($"Đã lưu người dùng {parseResult.GetValue(name)!.Trim()} ({ConsoleRoles.Label(parseResult.GetValue(role)!.Trim())}) vào {host.Services.GetRequiredService<UserStore>().FilePath}.");
            return ExitCodes.Ok;
        });
        return new Command("users", "Người dùng của bảng điều khiển web.") { add };
    }

    private static async Task<string?> ReadPasswordAsync(CliContext context, CancellationToken cancellationToken)
    {
        if (context.In is { } input)
        {
            return (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
        }

        if (Console.IsInputRedirected)
        {
            return (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
        }

        var first = await context.Console.PromptAsync(new TextPrompt<string>("Mật khẩu (ít nhất 10 ký tự):").Secret(), cancellationToken);
        var again = await context.Console.PromptAsync(new TextPrompt<string>("Nhập lại mật khẩu:").Secret(), cancellationToken);
        if (!string.Equals(first, again, StringComparison.Ordinal))
        {
            throw new CliException("Hai lần nhập mật khẩu không khớp.");
        }

        return first;
    }
}
