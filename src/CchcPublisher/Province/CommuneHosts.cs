using System.Collections.Concurrent;
using System.CommandLine;
using CchcPublisher.Cli;
using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Province;

/// <summary>
/// Each commune's services (content, ledger, channels, publishing), built from its own configuration layers the
/// first time it is needed and kept. A commune whose settings are broken is built again at its next run, so a
/// fix is picked up without restarting the worker; it never affects the other communes.
/// </summary>
internal sealed class CommuneHosts(CliContext context, ParseResult parseResult) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<IHost>> _hosts = new(StringComparer.Ordinal);

    /// <summary>The commune's services; throws (settings error, missing folder) when they cannot be built.</summary>
    public IServiceProvider Get(string commune)
    {
        var lazy = _hosts.GetOrAdd(commune, id => new Lazy<IHost>(() => CliHost.CreateBuilder(context, parseResult, worker: true, commune: id).BuildValidated()));
        try
        {
            return lazy.Value.Services;
        }
        catch
        {
            _hosts.TryRemove(new KeyValuePair<string, Lazy<IHost>>(commune, lazy));
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var host in _hosts.Values.Where(h => h.IsValueCreated))
        {
            host.Value.Dispose();
        }
    }
}
