using CchcPublisher.Content.Categories;
using System.Net;
using CchcPublisher.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Website;

internal static class WebsiteRegistration
{
    /// <summary>
    /// Registers the <c>website</c> channel: its options, the HTML renderer, both implementations, and the
    /// <see cref="IChannel"/>/<see cref="IChannelCheck"/> of the configured <see cref="WebsiteOptions.Mode"/>.
    /// Switching to WordPress is configuration only.
    /// </summary>
    public static IHostApplicationBuilder AddWebsite(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebsiteOptions>()
            .BindConfiguration(WebsiteOptions.SectionName)
            .ValidateSettings(WebsiteOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebsiteOptions>, WebsiteOptionsValidator>();

        // The host may register a taxonomy-aware implementation (content/categories.yaml) before or after this.
        services.TryAddSingleton<CurrentTaxonomy>();
        services.TryAddSingleton<ICategoryLabels, TaxonomyCategoryLabels>();
        services.AddSingleton<ArticleHtmlRenderer>();

        services.AddSingleton<StaticWebsiteChannel>();
        services.AddSingleton<StaticWebsiteCheck>();

        services.AddSingleton<WordPressApi>();
        services.AddSingleton<WordPressChannel>();
        services.AddSingleton<WordPressCheck>();
        AddWordPressHttpClient(services);

        services.AddSingleton<IChannel>(sp => Mode(sp) == WebsiteMode.WordPress
            ? sp.GetRequiredService<WordPressChannel>()
            : sp.GetRequiredService<StaticWebsiteChannel>());
        services.AddSingleton<IChannelCheck>(sp => Mode(sp) == WebsiteMode.WordPress
            ? sp.GetRequiredService<WordPressCheck>()
            : sp.GetRequiredService<StaticWebsiteCheck>());
        return builder;
    }

    private static WebsiteMode Mode(IServiceProvider services) =>
        services.GetRequiredService<IOptions<WebsiteOptions>>().Value.Mode;

    /// <summary>
    /// The one resilience layer (on the handler): attempt and total timeouts, a circuit breaker, and retries
    /// with jitter for GET/HEAD only; a POST is never retried, because WordPress has no idempotency key.
    /// Redirects are not followed (a redirected POST would turn into a GET). No request logging (credentials).
    /// </summary>
    private static void AddWordPressHttpClient(IServiceCollection services)
    {
        services.AddHttpClient(WordPressApi.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's request logging puts raw header values (the Basic credentials) into the structured
            // state of its Trace records, even with RedactLoggedHeaders; the channel logs what matters itself.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) =>
            {
                var wp = sp.GetRequiredService<IOptions<WebsiteOptions>>().Value.WordPress;
                resilience.AttemptTimeout.Timeout = wp.AttemptTimeout;
                resilience.TotalRequestTimeout.Timeout = wp.TotalTimeout;

                // The breaker's window must cover at least two attempts (checked by the library).
                var window = TimeSpan.FromSeconds(30);
                resilience.CircuitBreaker.SamplingDuration = wp.AttemptTimeout * 2 > window ? wp.AttemptTimeout * 2 : window;
                if (wp.MaxRetries > 0)
                {
                    resilience.Retry.MaxRetryAttempts = wp.MaxRetries;
                }
                else
                {
                    resilience.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
                }

                resilience.Retry.UseJitter = true;
                // POST, PUT, PATCH and DELETE are never retried. (Stable in Http.Resilience 10.x: no EXTEXP0001 to suppress.)
                resilience.Retry.DisableForUnsafeHttpMethods();
            });
    }
}
