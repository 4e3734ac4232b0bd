using System.ComponentModel.DataAnnotations;

namespace CchcPublisher.Web;

/// <summary>The web console served by <c>run</c> next to the worker.</summary>
internal sealed class WebConsoleOptions
{
    public const string SectionName = "WebConsole";

    /// <summary>Serve the console at all (false on a server that only publishes).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where to listen: <c>localhost</c> (default) or an IP address such as <c>0.0.0.0</c> to open it to the LAN
    /// (then only with users created by <c>users add</c>).</summary>
    [Required]
    public string Address { get; set; } = "localhost";

    /// <summary>TCP port; 0 picks a free one (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5080;

    /// <summary>How long a login lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Login attempts allowed per client address per <see cref="LoginWindow"/>.</summary>
    [Range(1, 1000)]
    public int LoginAttemptsPerMinute { get; set; } = 5;

    /// <summary>The throttling window of <see cref="LoginAttemptsPerMinute"/> (one minute; tests lengthen it).</summary>
    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True for <c>localhost</c> and loopback addresses.</summary>
    public bool IsLoopback =>
        string.Equals(Address, "localhost", StringComparison.OrdinalIgnoreCase) ||
        (System.Net.IPAddress.TryParse(Address, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    /// <summary>The URL Kestrel binds.</summary>
    public string Url
    {
        get
        {
            var host = System.Net.IPAddress.TryParse(Address, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
                ? $"[{Address}]"
                : Address;
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://{host}:{Port}");
        }
    }
}
