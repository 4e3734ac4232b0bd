using CchcPublisher.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Ledger;

internal static class LedgerRegistration
{
    /// <summary>The SQLite ledger at <c>Ledger:DatabasePath</c> (default <c>&lt;data&gt;/cchc.db</c>).</summary>
    public static IHostApplicationBuilder AddLedger(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LedgerOptions>()
            .BindConfiguration(LedgerOptions.SectionName)
            .Validate(o => o.BusyTimeout > TimeSpan.Zero, "Ledger:BusyTimeout phải lớn hơn 0.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ILedger>(services =>
        {
            var options = services.GetRequiredService<IOptions<LedgerOptions>>().Value;
            var paths = services.GetRequiredService<IOptions<PathOptions>>().Value;
            var file = string.IsNullOrWhiteSpace(options.DatabasePath)
                ? Path.Combine(paths.DataRoot, "cchc.db")
                : Path.GetFullPath(options.DatabasePath);
            return new SqliteLedger(file, options.BusyTimeout);
        });
        return builder;
    }
}
