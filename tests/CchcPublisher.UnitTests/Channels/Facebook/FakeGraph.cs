using System.Globalization;
using CchcPublisher.UnitTests.Channels.Http;

namespace CchcPublisher.UnitTests.Channels.Facebook;

/// <summary>
/// A stateful fake of the Graph API Page endpoints used by the channel (facebook-wordpress reference, A1–A4):
/// <c>POST /{v}/{page}/feed</c> and <c>/photos</c> record posts, <c>GET /{v}/{page}/feed</c> lists them newest
/// first, the Page token goes in <c>Authorization: OAuth</c>, errors are <c>{"error":{…}}</c> with HTTP 400.
/// </summary>
internal sealed class FakeGraph : IDisposable
{
    public const string Version = "v23.0";
    public const string PageId = "104857600123";
    public const string PageName = "UBND xã Hòa An";
    public const string PageToken = "EAAGpage-TOKEN-secret-9f8e7d";

    private int _sequence;

    public FakeGraph() => Service = new FakeService(Handle);

    /// <summary>Dates new posts ("created_time"); tests driving a fake clock hand it in.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public FakeService Service { get; }

    public string Url => Service.Url;

    /// <summary>Answer a request differently (null: the fake handles it). Runs after the token check.</summary>
    public Func<FakeRequest, FakeResponse?>? Intercept { get; set; }

    /// <summary>Waited after a post has been recorded.</summary>
    public TimeSpan PostDelay { get; set; }

    /// <summary>Headers added to every answer (e.g. X-App-Usage).</summary>
    public Dictionary<string, string> UsageHeaders { get; } = [];

    /// <summary>The id <c>/me</c> answers with (the Page for a Page token).</summary>
    public string MeId { get; set; } = PageId;

    public List<FakeGraphPost> Posts { get; } = [];

    public int Count(string method, string pathEnd) =>
        Service.Requests.Count(r => r.Method == method && r.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    public static FakeResponse Error(int code, int? subcode = null, string message = "An error", int status = 400) =>
        FakeResponse.Json(new { error = new { message, type = "OAuthException", code, error_subcode = subcode, fbtrace_id = "AbCdEf123" } }, status);

    public void AddPost(string message, DateTimeOffset created) =>
        Posts.Add(new FakeGraphPost($"{PageId}_{++_sequence}", message, null, created));

    public void Dispose() => Service.Dispose();

    private FakeResponse Handle(FakeRequest request)
    {
        var response = Route(request);
        return UsageHeaders.Count == 0 ? response : response with { Headers = UsageHeaders };
    }

    private FakeResponse Route(FakeRequest request)
    {
        if (request.Header("Authorization") != "OAuth " + PageToken)
        {
            return Error(190, 463, "Error validating access token: Session has expired");
        }

        if (Intercept?.Invoke(request) is { } intercepted)
        {
            return intercepted;
        }

        var prefix = "/" + Version + "/";
        if (!request.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Error(2500, null, "Unknown path components");
        }

        var path = request.Path[prefix.Length..];
        if (request.Method == "DELETE")
        {
            // DELETE /{page-post-id}: {"success":true}; an id the Page does not have is error 100, subcode 33.
            return Posts.RemoveAll(p => p.Id == Uri.UnescapeDataString(path)) > 0
                ? FakeResponse.Json(new { success = true })
                : Error(100, 33, "Unsupported delete request. Object with ID '" + path + "' does not exist");
        }

        return (request.Method, path) switch
        {
            ("POST", PageId + "/feed") => Publish(request, photo: false),
            ("POST", PageId + "/photos") => Publish(request, photo: true),
            ("GET", PageId + "/feed") => Feed(request),
            ("GET", PageId) => FakeResponse.Json(new { id = PageId, name = PageName }),
            ("GET", "me") => FakeResponse.Json(new { id = MeId, name = MeId == PageId ? PageName : "Nguyễn Văn A" }),
            _ => Error(100, 33, "Unsupported request"),
        };
    }

    private FakeResponse Publish(FakeRequest request, bool photo)
    {
        var body = request.Json;
        var message = photo ? body.GetProperty("caption").GetString()! : body.GetProperty("message").GetString()!;
        var link = !photo && body.TryGetProperty("link", out var l) ? l.GetString() : null;
        var postId = $"{PageId}_{++_sequence}";
        Posts.Add(new FakeGraphPost(postId, message, link, Clock.GetUtcNow()));
        var answer = photo ? FakeResponse.Json(new { id = "9" + _sequence.ToString(CultureInfo.InvariantCulture), post_id = postId }) : FakeResponse.Json(new { id = postId });
        return answer with { Delay = PostDelay };
    }

    private FakeResponse Feed(FakeRequest request)
    {
        var since = request.Query.TryGetValue("since", out var s) ? DateTimeOffset.FromUnixTimeSeconds(long.Parse(s, CultureInfo.InvariantCulture)) : DateTimeOffset.MinValue;
        var limit = request.Query.TryGetValue("limit", out var l) ? int.Parse(l, CultureInfo.InvariantCulture) : 25;
        var data = Posts.Where(p => p.Created >= since).OrderByDescending(p => p.Created).Take(limit)
            .Select(p => new { id = p.Id, message = p.Message, permalink_url = "https://www.facebook.com/" + p.Id.Replace('_', '/'), created_time = p.Created.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) });
        return FakeResponse.Json(new { data });
    }
}

/// <summary>A post on the fake Page.</summary>
internal sealed record FakeGraphPost(string Id, string Message, string? Link, DateTimeOffset Created);
