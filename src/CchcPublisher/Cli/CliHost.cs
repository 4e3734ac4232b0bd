using CchcPublisher.Approval;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using CchcPublisher.Channels;
using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Hosting.Logging;
using CchcPublisher.Ledger;
using CchcPublisher.Plan;
using CchcPublisher.Publishing;
using CchcPublisher.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.Cli;

/// <summary>
/// Builds the generic host a command runs in. Configuration layers, later wins: the shipped
/// <c>appsettings.json</c>, <c>appsettings.json</c> in the working folder, <c>--config FILE</c>, environment
/// variables <c>CCHC__Section__Key</c>, the commune's layers with <c>--commune</c> (<see cref="Province.CommuneTenant"/>),
/// then <c>--content</c>/<c>--data</c>.
/// </summary>
internal static class CliHost
{
    public static HostApplicationBuilder CreateBuilder(
        CliContext context, ParseResult parseResult, bool worker, IEnumerable<KeyValuePair<string, string?>>? overrides = null, string? commune = null)
    {
        var builder = CreateConfiguredBuilder(context, parseResult, worker, overrides, commune);
        builder.AddCore().AddContent().AddLedger().AddApproval().AddChannels().AddPublishing().AddPlan().AddQueries();
        builder.Services.Replace(ServiceDescriptor.Singleton(context.Time));
        return builder;
    }

    /// <summary>Configuration and logging only, without a commune's services (the province worker's own host).</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Hosting.Logging.VietnameseConsoleFormatterOptions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "AddConsoleFormatter binds the formatter options by reflection; the DynamicDependency above keeps their properties.")]
    public static HostApplicationBuilder CreateConfiguredBuilder(
        CliContext context, ParseResult parseResult, bool worker, IEnumerable<KeyValuePair<string, string?>>? overrides = null, string? commune = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parseResult);
        var configFile = parseResult.GetValue(GlobalOptions.Config) is { } config ? Path.GetFullPath(config) : null;
        if (configFile is not null && !File.Exists(configFile))
        {
            throw new CliException($"Không tìm thấy tệp cấu hình '{parseResult.GetValue(GlobalOptions.Config)}'.");
        }

        // Relative paths in the settings resolve against the --config file's folder (else the working folder), so a
        // command run from anywhere with the service's --config uses the service's data folder.
        // The default appsettings.json sources would watch their files (inotify) before they are replaced below; a
        // busy machine out of inotify instances then fails a one-shot command. Nothing here reloads settings.
        var hostConfiguration = new ConfigurationManager();
        hostConfiguration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            Configuration = hostConfiguration,
            ContentRootPath = configFile is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(configFile),
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        if (configFile is not null)
        {
            builder.Configuration.AddJsonFile(configFile, optional: false, reloadOnChange: false);
        }

        builder.Configuration.AddEnvironmentVariables("CCHC__");
        if ((commune ?? parseResult.GetValue(GlobalOptions.Commune)) is { } communeId)
        {
            Province.CommuneTenant.Add(builder.Configuration, builder.Configuration, builder.Environment.ContentRootPath, communeId);
        }

        var cli = new Dictionary<string, string?>();
        if (parseResult.GetValue(GlobalOptions.Content) is { } content)
        {
            cli[$"{PathOptions.SectionName}:{nameof(PathOptions.Content)}"] = Absolute(content); // typed here: relative to the working folder
        }

        if (parseResult.GetValue(GlobalOptions.Data) is { } data)
        {
            cli[$"{PathOptions.SectionName}:{nameof(PathOptions.Data)}"] = Absolute(data);
        }

        if (!worker)
        {
            // One-shot commands print their own progress and tables; logs would only repeat them.
            cli["Logging:LogLevel:Default"] = "Error";
        }

        builder.Configuration.AddInMemoryCollection(cli);
        builder.Configuration.AddInMemoryCollection(overrides ?? []); // a later source, so overrides win over --data

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = Hosting.Logging.VietnameseConsoleFormatter.FormatterName)
            .AddConsoleFormatter<Hosting.Logging.VietnameseConsoleFormatter, Hosting.Logging.VietnameseConsoleFormatterOptions>();
        // English library noise (HTTP client, Polly retries, host lifetime) stays off the officials' console; our own
        // channel code reports those failures in Vietnamese.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>("System.Net.Http", LogLevel.None);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>("Polly", LogLevel.None);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>("Quartz", LogLevel.Warning);
        // The console's sign-in keys live in data/console-keys (owner-only data folder); ASP.NET Core's English note that
        // they are not encrypted at rest stays in the log file.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        if (worker)
        {
            builder.AddLogFile();
        }

        return builder;
    }

    private static string Absolute(string path) => string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path);
}
