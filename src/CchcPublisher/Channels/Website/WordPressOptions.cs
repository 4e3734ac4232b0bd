namespace CchcPublisher.Channels.Website;

/// <summary>
/// WordPress REST settings, section <c>Channels:Website:WordPress</c>. Used only when
/// <see cref="WebsiteOptions.Mode"/> is <see cref="WebsiteMode.WordPress"/>; validated by
/// <see cref="WebsiteOptionsValidator"/>.
/// </summary>
internal sealed class WordPressOptions
{
    /// <summary>Address of the WordPress site (its home, e.g. <c>https://hoaan.example.gov.vn</c>), without <c>/wp-json</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>WordPress user name (an Editor or Administrator, so that it may publish, upload and create categories).</summary>
    public string? User { get; set; }

    /// <summary>Application Password of that user (Users → Profile → Application Passwords). Secret: set it from the environment.</summary>
    public string? AppPassword { get; set; }

    /// <summary><c>Auto</c> (default), <c>Pretty</c> (<c>/wp-json/</c>) or <c>Query</c> (<c>?rest_route=</c>).</summary>
    public WordPressRouteStyle RouteStyle { get; set; } = WordPressRouteStyle.Auto;

    /// <summary>Create a WordPress category (slug = CCHC key, name = Vietnamese label) when it is missing. Default true.</summary>
    public bool CreateMissingCategories { get; set; } = true;

    /// <summary>Timeout of one HTTP attempt. Default 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one call including its retries (only safe calls are retried). Default 2 minutes; must exceed <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries of safe (GET) calls after transient errors. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>When WordPress cannot be reached, how long to wait before the next attempt. Default 10 minutes.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(10);
}
