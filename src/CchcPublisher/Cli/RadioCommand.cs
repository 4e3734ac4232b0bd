using System.CommandLine;
using System.Globalization;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Ledger;
using CchcPublisher.Speech;
using Microsoft.Extensions.DependencyInjection;
using CchcPublisher.Cli.Tables;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary><c>radio say [TEXT]</c> and <c>radio program --date D --slot S [--out DIR]</c>.</summary>
internal static class RadioCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("radio", "Loa truyền thanh: đọc thử văn bản, lập chương trình phát thanh.");
        command.Subcommands.Add(Say(context));
        command.Subcommands.Add(Program(context));
        command.Subcommands.Add(RadioConfirmCommand.Create(context));
        return command;
    }

    private static Command Say(CliContext context)
    {
        var text = new Argument<string?>("TEXT") { Description = "Văn bản cần đọc; bỏ trống để đọc từ đầu vào chuẩn (mỗi dòng vào một dòng ra)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("say", "In cách đọc thành lời (chuẩn hoá cho máy đọc) của văn bản.") { text };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            var speech = host.Services.GetRequiredService<SpeechService>();
            if (parseResult.GetValue(text) is { } value)
            {
                await context.Out.WriteLineAsync(speech.Say(value));
            }
            else
            {
                await speech.SayLinesAsync(Console.In, context.Out, cancellationToken);
            }

            foreach (var diagnostic in speech.LexiconDiagnostics)
            {
                await Console.Error.WriteLineAsync(diagnostic.ToString());
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Program(CliContext context)
    {
        var date = new Option<string>("--date") { Description = "Ngày phát (yyyy-MM-dd)", Required = true };
        var slot = new Option<string>("--slot") { Description = "Khung giờ phát, ví dụ sang, chieu", Required = true };
        var output = new Option<string?>("--out") { Description = "Thư mục ghi chương trình (mặc định <data>/radio/programs)" };
        var command = new Command("program", "Lập chương trình phát thanh cho một buổi: lời mở đầu, các tin đến hạn, lời kết; có tệp WAV nếu có espeak-ng.")
        {
            date, slot, output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!DateOnly.TryParseExact(parseResult.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new CliException($"--date '{parseResult.GetValue(date)}' không hợp lệ; dùng dạng yyyy-MM-dd, ví dụ 2026-11-30.");
            }

            using var host = CliHost.CreateBuilder(context, parseResult, worker: false).BuildValidated();
            // On a fresh clone nothing has created the ledger yet: dated radio articles still make a program.
            await host.Services.GetRequiredService<ILedger>().MigrateAsync(cancellationToken);
            var programs = host.Services.GetRequiredService<RadioProgramService>();
            var result = await programs.PrepareAsync(day, parseResult.GetValue(slot)!, parseResult.GetValue(output), cancellationToken);
            if (result.Error is { } error)
            {
                await context.Out.WriteLineAsync($"Lỗi: {error}");
                return ExitCodes.Problems;
            }

            Show(context.Console, result);
            return result.AudioFailed ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }

    private static void Show(IAnsiConsole console, RadioProgramResult result)
    {
        var program = result.Program!;
        console.MarkupLineInterpolated($"[bold]{program.Title}[/] — dài khoảng {Minutes(program.Duration)}, tối đa {Minutes(program.Slot.MaxLength)}.");
        if (program.Items.Count == 0)
        {
            console.MarkupLine("Không có tin nào đến hạn cho buổi này; không ghi tệp nào.");
        }
        else
        {
            var table = new Table().AddColumns("Bắt đầu", "Thời lượng", "Phần");
            foreach (var part in program.Rundown)
            {
                table.AddRow(Markup.Escape(Clock(part.Offset)), Markup.Escape(Minutes(part.Duration)), Markup.Escape(part.Label));
            }

            console.Write(table);
        }

        foreach (var carried in program.Carried)
        {
            var where = result.NextSlot is { } next ? $"buổi {next.Slot.Label} {next.Date:dd/MM/yyyy}" : "buổi sau";
            if (carried.TooLong)
            {
                console.MarkupLineInterpolated($"[yellow]Cần rút gọn:[/] \"{carried.Candidate.Title}\" dài {Minutes(carried.Duration)}, vượt cả một buổi phát.");
            }
            else
            {
                console.MarkupLineInterpolated($"[yellow]Chuyển sang {where}:[/] \"{carried.Candidate.Title}\" ({Minutes(carried.Duration)}).");
            }
        }

        foreach (var file in result.Files)
        {
            console.PlainLine($"Đã ghi: {file}");
        }

        if (result.AudioNote is { } note)
        {
            console.PlainLine(note, "grey");
        }
    }

    private static string Minutes(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} phút {duration.Seconds:00} giây");

    private static string Clock(TimeSpan offset) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)offset.TotalMinutes:00}:{offset.Seconds:00}");
}
