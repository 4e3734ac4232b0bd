using System.Globalization;
using System.Text.Json;
using CchcPublisher.Channels.Http;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// The Graph API requests the channel makes. Bodies are JSON; the Page token travels in the
/// <c>Authorization: OAuth &lt;token&gt;</c> header (added at send time, redacted in the outbox), never in a URL.
/// </summary>
internal static class FacebookRequests
{
    public const string AuthorizationHeader = "Authorization";

    /// <summary>In outbox mode without a configured Page id: with a Page token, <c>me</c> is the Page.</summary>
    public const string PagePlaceholder = "me";

    private static readonly string[] Secret = [AuthorizationHeader];

    /// <summary>The feed or photo post for <paramref name="post"/>.</summary>
    public static ApiRequest Publish(FacebookOptions options, FacebookPost post)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(post);
        if (post is { Kind: FacebookPostKind.Photo, PhotoUrl: { } photo })
        {
            var photoBody = new FacebookPhotoBody(photo.AbsoluteUri, post.Message, true);
            return new ApiRequest(HttpMethod.Post, Url(options, PageId(options) + "/photos"), JsonSerializer.Serialize(photoBody, FacebookJsonContext.Wire.FacebookPhotoBody), Secret);
        }

        var feedBody = new FacebookFeedBody(post.Message, post.Link?.AbsoluteUri, true);
        return new ApiRequest(HttpMethod.Post, Url(options, PageId(options) + "/feed"), JsonSerializer.Serialize(feedBody, FacebookJsonContext.Wire.FacebookFeedBody), Secret);
    }

    /// <summary><c>GET /{page-id}/feed?fields=id,message,permalink_url,created_time&amp;limit=N&amp;since=T</c>.</summary>
    public static ApiRequest RecentPosts(FacebookOptions options, DateTimeOffset? since)
    {
        ArgumentNullException.ThrowIfNull(options);
        var query = "fields=id,message,permalink_url,created_time&limit=" + options.ReconcileLimit.ToString(CultureInfo.InvariantCulture);
        if (since is { } from)
        {
            query += "&since=" + from.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        return new ApiRequest(HttpMethod.Get, Url(options, PageId(options) + "/feed?" + query), null, Secret);
    }

    /// <summary><c>DELETE /{page-post-id}</c>: removes a Page post (the Page token may delete the Page's own posts).</summary>
    public static ApiRequest Delete(FacebookOptions options, string postId)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(postId);
        return new ApiRequest(HttpMethod.Delete, Url(options, Uri.EscapeDataString(postId)), null, Secret);
    }

    /// <summary><c>GET /{page-id}?fields=id,name</c>: the Page, as the token sees it (channel check).</summary>
    public static ApiRequest Page(FacebookOptions options) =>
        new(HttpMethod.Get, Url(options, PageId(options) + "?fields=id,name"), null, Secret);

    /// <summary><c>GET /me?fields=id,name</c>: with a Page token, the Page the token belongs to.</summary>
    public static ApiRequest Me(FacebookOptions options) =>
        new(HttpMethod.Get, Url(options, "me?fields=id,name"), null, Secret);

    private static string PageId(FacebookOptions options) =>
        string.IsNullOrWhiteSpace(options.PageId) ? PagePlaceholder : options.PageId;

    private static Uri Url(FacebookOptions options, string pathAndQuery)
    {
        var root = options.GraphBaseUrl.EndsWith('/') ? options.GraphBaseUrl : options.GraphBaseUrl + "/";
        return new Uri(new Uri(root), options.GraphVersion + "/" + pathAndQuery);
    }
}
