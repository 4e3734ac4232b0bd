using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CchcPublisher.Channels.Http;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// The OpenAPI requests the channel makes. The access token travels in the <c>access_token</c> header, which is
/// added at send time and redacted in the outbox; URLs never carry it.
/// </summary>
internal static class ZaloRequests
{
    public const string AccessTokenHeader = "access_token";

    private static readonly string[] Secret = [AccessTokenHeader];

    /// <summary><c>POST /v2.0/article/create</c>, or <c>article/update</c> when <paramref name="updateId"/> is given.</summary>
    public static ApiRequest CreateArticle(ZaloOptions options, ZaloArticle article, string? updateId = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(article);
        var body = new ZaloArticleBody(
            updateId,
            "normal",
            article.Title,
            article.Author,
            article.Description,
            article.CoverUrl is null ? null : new ZaloCover("photo", article.CoverUrl.AbsoluteUri, "show"),
            article.Body,
            "show",
            options.ShowComments ? "show" : "hide");
        return Post(options, updateId is null ? "v2.0/article/create" : "v2.0/article/update", body, ZaloJsonContext.Wire.ZaloArticleBody);
    }

    /// <summary><c>POST /v2.0/article/verify {token}</c>: progress of a created article; <c>data.id</c> when done.</summary>
    public static ApiRequest Verify(ZaloOptions options, string progressToken) =>
        Post(options, "v2.0/article/verify", new ZaloTokenBody(progressToken), ZaloJsonContext.Wire.ZaloTokenBody);

    /// <summary><c>GET /v2.0/article/getslice?offset&amp;limit=10&amp;type=normal</c>: recent articles.</summary>
    public static ApiRequest ListArticles(ZaloOptions options, int offset) =>
        Get(options, $"v2.0/article/getslice?offset={offset}&limit=10&type=normal");

    /// <summary><c>GET /v2.0/article/getdetail?id=</c>.</summary>
    public static ApiRequest ArticleDetail(ZaloOptions options, string id) =>
        Get(options, "v2.0/article/getdetail?id=" + Uri.EscapeDataString(id));

    /// <summary><c>POST /v2.0/article/remove {id}</c>: removes an article from the OA.</summary>
    public static ApiRequest RemoveArticle(ZaloOptions options, string id) =>
        Post(options, "v2.0/article/remove", new ZaloIdBody(id), ZaloJsonContext.Wire.ZaloIdBody);

    /// <summary><c>GET /v2.0/oa/getoa</c>: the OA's profile (used by the channel check).</summary>
    public static ApiRequest GetOa(ZaloOptions options) => Get(options, "v2.0/oa/getoa");

    /// <summary><c>POST /v2.0/oa/message</c>: broadcast an article to followers matching the configured target.</summary>
    public static ApiRequest Broadcast(ZaloOptions options, string articleId)
    {
        ArgumentNullException.ThrowIfNull(options);
        var target = new Dictionary<string, string> { ["gender"] = options.BroadcastGender };
        if (!string.IsNullOrWhiteSpace(options.BroadcastAges))
        {
            target["ages"] = options.BroadcastAges;
        }

        if (!string.IsNullOrWhiteSpace(options.BroadcastCities))
        {
            target["cities"] = options.BroadcastCities;
        }

        return Post(options, "v2.0/oa/message", ZaloBroadcastBody.Article(target, articleId), ZaloJsonContext.Wire.ZaloBroadcastBody);
    }

    private static ApiRequest Post<TBody>(ZaloOptions options, string path, TBody body, JsonTypeInfo<TBody> type) =>
        new(HttpMethod.Post, Url(options.OpenApiBaseUrl, path), JsonSerializer.Serialize(body, type), Secret);

    private static ApiRequest Get(ZaloOptions options, string pathAndQuery) =>
        new(HttpMethod.Get, Url(options.OpenApiBaseUrl, pathAndQuery), null, Secret);

    internal static Uri Url(string baseUrl, string pathAndQuery) =>
        new(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), pathAndQuery);
}
