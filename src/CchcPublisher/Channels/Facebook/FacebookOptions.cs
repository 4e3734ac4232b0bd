using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using CchcPublisher.Channels.Http;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// Settings of the Facebook Page channel (section <c>Channels:Facebook</c>). The Page access token comes from the
/// environment (<c>CCHC__Channels__Facebook__PageAccessToken</c>) and is never logged.
/// </summary>
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Range(typeof(TimeSpan), ...) converts its bounds with TimeSpan's own TypeConverter, which trimming keeps; only generic converters (Nullable<T>) need annotations.")]
internal sealed class FacebookOptions : ChannelHttpOptions
{
    public const string SectionName = "Channels:Facebook";

    /// <summary>Graph limits calls per Page; a commune posts a few times a day.</summary>
    public FacebookOptions() => RequestsPerMinute = 30;

    /// <summary><c>Outbox</c> (default): write requests to <c>&lt;data&gt;/outbox/facebook/</c>; <c>Api</c>: post on the Page.</summary>
    public ChannelMode Mode { get; set; } = ChannelMode.Outbox;

    /// <summary>Graph API base URL.</summary>
    [Required]
    [Url]
    public string GraphBaseUrl { get; set; } = "https://graph.facebook.com";

    /// <summary>Graph API version. v23.0 is the newest version the reference notes checked; newer ones can be set here.</summary>
    [Required]
    [RegularExpression(@"^v[0-9]{1,3}\.[0-9]{1,2}$")]
    public string GraphVersion { get; set; } = "v23.0";

    /// <summary>Numeric id of the commune's Page. Required in API mode.</summary>
    [RegularExpression("^[0-9]{1,30}$")]
    public string? PageId { get; set; }

    /// <summary>Long-lived Page access token (never expires unless revoked). Required in API mode. Secret.</summary>
    public string? PageAccessToken { get; set; }

    /// <summary>When true, an article with a cover is posted as a photo with the link in the text even when the
    /// website link is known. Default false: a link post (Facebook shows the website's preview).</summary>
    public bool PreferPhotoPost { get; set; }

    /// <summary>Hashtags (without '#') added to every post after the category hashtags, e.g. "CCHC", "XaHoaAn".</summary>
    public IList<string> ExtraHashtags { get; } = [];

    /// <summary>Maximum length of a post's text; longer bodies are shortened at a word boundary. Facebook allows 63 206.</summary>
    [Range(500, 63206)]
    public int MaxMessageLength { get; set; } = 63206;

    /// <summary>Public base URL of article images (photo posts); default <c>&lt;Commune:WebsiteUrl&gt;/bai-viet/</c>.</summary>
    [Url]
    public string? MediaBaseUrl { get; set; }

    /// <summary>Above this percentage in <c>X-App-Usage</c> / <c>X-Business-Use-Case-Usage</c>, posting pauses.</summary>
    [Range(50, 100)]
    public int UsageThresholdPercent { get; set; } = 90;

    /// <summary>How long posting pauses when usage is high and Facebook gives no estimate.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan UsagePause { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retry delay after a rate-limit error (codes 4, 17, 32, 613, 80001…) without an estimate.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ThrottleRetryAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Retry delay after error 368 (temporarily blocked from posting).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan BlockedRetryAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Recent Page posts read when reconciling an unknown outcome.</summary>
    [Range(5, 100)]
    public int ReconcileLimit { get; set; } = 50;

    /// <summary>Reconcile reads posts created at most this long before the attempt being reconciled.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan ReconcileWindow { get; set; } = TimeSpan.FromDays(2);
}
