using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using CchcPublisher.Channels.Http;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Settings of the Zalo Official Account channel (section <c>Channels:Zalo</c>). Secrets (<see cref="AppSecret"/>,
/// <see cref="RefreshToken"/>) come from the environment, e.g. <c>CCHC__Channels__Zalo__RefreshToken</c>; they are
/// never logged.
/// </summary>
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Range(typeof(TimeSpan), ...) converts its bounds with TimeSpan's own TypeConverter, which trimming keeps; only generic converters (Nullable<T>) need annotations.")]
internal sealed class ZaloOptions : ChannelHttpOptions
{
    public const string SectionName = "Channels:Zalo";

    /// <summary><c>Outbox</c> (default): write requests to <c>&lt;data&gt;/outbox/zalo/</c>; <c>Api</c>: publish on the OA.</summary>
    public ChannelMode Mode { get; set; } = ChannelMode.Outbox;

    /// <summary>Zalo OpenAPI base URL.</summary>
    [Required]
    [Url]
    public string OpenApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    /// <summary>Zalo OAuth v4 base URL (token refresh).</summary>
    [Required]
    [Url]
    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    /// <summary>Zalo app id (developers.zalo.me). Required in API mode.</summary>
    public string? AppId { get; set; }

    /// <summary>The app's Secret Key (sent as the <c>secret_key</c> header when refreshing). Required in API mode. Secret.</summary>
    public string? AppSecret { get; set; }

    /// <summary>
    /// The first refresh token, from the OA admin's consent. Required in API mode. Secret. Zalo refresh tokens are
    /// single-use: after the first refresh the rotated token lives in <c>&lt;data&gt;/secrets/zalo-oa-token.json</c>;
    /// putting a different value here later (after a new consent) replaces the stored one.
    /// </summary>
    public string? RefreshToken { get; set; }

    /// <summary>Author shown on articles when the article has none; defaults to <c>Commune:Name</c>. At most 50 characters.</summary>
    [StringLength(50)]
    public string? Author { get; set; }

    /// <summary>
    /// Public base URL of article images (cover and body images), which Zalo fetches by URL. Default
    /// <c>&lt;Commune:WebsiteUrl&gt;/bai-viet/</c>, where the website channel copies them.
    /// </summary>
    [Url]
    public string? MediaBaseUrl { get; set; }

    /// <summary>Cover used when an article has no <c>cover</c> (Zalo requires one), e.g. the commune's banner.</summary>
    [Url]
    public string? DefaultCoverUrl { get; set; }

    /// <summary>Allow comments on articles (<c>comment: show</c>). Default false.</summary>
    public bool ShowComments { get; set; }

    /// <summary>After publishing, send the article to the OA's followers (broadcast). Default false.</summary>
    public bool Broadcast { get; set; }

    /// <summary>At most this many broadcasts per local day (Zalo delivers at most one per follower per day). 0 disables.</summary>
    [Range(0, 5)]
    public int BroadcastMaxPerDay { get; set; } = 1;

    /// <summary>Broadcast target gender: 0 all, 1 male, 2 female.</summary>
    [RegularExpression("^[012]$")]
    public string BroadcastGender { get; set; } = "0";

    /// <summary>Optional comma-separated Zalo age-group codes (0–7), e.g. "2,3,4,5,6,7". Empty: all.</summary>
    [RegularExpression("^[0-7](,[0-7])*$")]
    public string? BroadcastAges { get; set; }

    /// <summary>Optional comma-separated Zalo city codes (0–62), e.g. "20" for Đà Nẵng. Empty: everywhere.</summary>
    [RegularExpression("^[0-9]{1,2}(,[0-9]{1,2})*$")]
    public string? BroadcastCities { get; set; }

    /// <summary>Refresh the access token when it has less than this left (access tokens live 25 h).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "20:00:00")]
    public TimeSpan TokenRefreshAhead { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Pause between checks of a new article's progress (<c>article/verify</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan VerifyPollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long to wait for Zalo to finish processing a new article before reporting the outcome as unknown.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan VerifyTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Pages of 10 recent articles searched when reconciling an unknown outcome.</summary>
    [Range(1, 10)]
    public int ReconcilePages { get; set; } = 3;

    /// <summary>Reconcile only matches articles created at most this long before the attempt being reconciled.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan ReconcileWindow { get; set; } = TimeSpan.FromDays(2);
}
