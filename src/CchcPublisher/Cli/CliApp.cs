using System.CommandLine;
using System.Text;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CchcPublisher.Cli;

/// <summary>The command line: <c>run</c> (default), <c>validate</c>, <c>publish</c>, <c>queue</c>, <c>status</c>.</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, TimeProvider.System, cancellationToken);

    /// <summary>Runs the command line with <paramref name="time"/> as the clock of every command (tests pass a fake one).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output, TimeProvider time, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, time, input: null, cancellationToken);

    /// <summary>As above, with <paramref name="input"/> as standard input (tests feed a password to <c>users add</c>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output, TimeProvider time, TextReader? input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(args);
        if (output is null)
        {
            // Vietnamese text on a Windows console needs UTF-8 explicitly.
            Console.OutputEncoding = Encoding.UTF8;
        }

        var writer = output ?? Console.Out;
        var context = new CliContext(() => TableConsole(output), writer, time) { In = input };
        var root = Build(context);
        var invocation = new InvocationConfiguration
        {
            Output = writer,
            Error = output ?? Console.Error,
            // The host handles Ctrl+C itself so that a publication in progress can finish (graceful shutdown).
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in CommandLineLanguage.Errors(parseResult))
                {
                    await invocation.Error.WriteLineAsync($"Lỗi: {error}");
                }

                await invocation.Error.WriteLineAsync($"Xem cách dùng: {CommandName(parseResult)} --help");
                return ExitCodes.Usage;
            }

            if (parseResult.Action is System.CommandLine.Help.HelpAction)
            {
                // The library writes English headings: write into a buffer, then say them in Vietnamese.
                var help = new StringWriter();
                await parseResult.InvokeAsync(new InvocationConfiguration { Output = help, Error = invocation.Error }, cancellationToken);
                await writer.WriteAsync(CommandLineLanguage.TranslateHelp(help.ToString()));
                return ExitCodes.Ok;
            }

            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (CliException ex)
        {
            await invocation.Error.WriteLineAsync($"Lỗi: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ConfigurationFailures(ex) is { Count: > 0 } failures)
        {
            await invocation.Error.WriteLineAsync("Lỗi cấu hình:");
            foreach (var failure in failures.Distinct(StringComparer.Ordinal))
            {
                await invocation.Error.WriteLineAsync($"  - {failure}");
            }

            return ExitCodes.Usage;
        }
        catch (Exception ex) when (SettingsErrors.Describe(ex) is { } settingsError)
        {
            await invocation.Error.WriteLineAsync($"Lỗi cấu hình: {settingsError}");
            return ExitCodes.Usage;
        }
        catch (Publishing.PublishLockTimeoutException ex)
        {
            await invocation.Error.WriteLineAsync($"Lỗi: {ex.Message}");
            return ExitCodes.Problems;
        }
    }

    private static string CommandName(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>Options validation failures, whether thrown alone or (by the startup validator) several at once.</summary>
    private static List<string> ConfigurationFailures(Exception exception) => exception switch
    {
        OptionsValidationException single => [.. single.Failures],
        AggregateException many when many.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("CchcPublisher — đăng tin, bài tuyên truyền cải cách hành chính theo kế hoạch của xã.")
        {
            GlobalOptions.Content,
            GlobalOptions.Data,
            GlobalOptions.Config,
            GlobalOptions.Commune,
        };
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(PublishCommand.Create(context));
        root.Subcommands.Add(PreviewCommand.Create(context));
        root.Subcommands.Add(QueueCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(ChannelsCommand.Create(context));
        root.Subcommands.Add(RadioCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ConfirmCommand.Create(context));
        root.Subcommands.Add(ApproveCommand.Create(context));
        root.Subcommands.Add(UnpublishCommand.Create(context));
        root.Subcommands.Add(SiteCommand.Create(context));
        root.Subcommands.Add(RecordCommand.Create(context));
        root.Subcommands.Add(LedgerCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        RunCommand.Configure(context, root);
        CommandLineLanguage.Apply(root);
        return root;
    }

    /// <summary>The console commands write tables to (made when the first one does).</summary>
    private static IAnsiConsole TableConsole(TextWriter? output)
    {
        var console = output is null
            ? AnsiConsole.Console
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        if (output is not null || Console.IsOutputRedirected)
        {
            // Piped or redirected output has no terminal width: Spectre would wrap tables at 80 columns.
            console.Profile.Width = output is null ? 400 : 240;
        }

        return console;
    }
}
