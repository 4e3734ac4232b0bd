using System.Globalization;
using System.Text.Json;
using CchcPublisher.UnitTests.Channels.Http;

namespace CchcPublisher.UnitTests.Channels.Zalo;

/// <summary>
/// A stateful fake of Zalo's OAuth v4 and OpenAPI v2.0, from the zalo-oa reference: refresh tokens are single-use
/// (a used one is rejected with HTTP 200 and a negative <c>error</c>), the access token goes in the
/// <c>access_token</c> header, failures come as HTTP 200 envelopes, articles are created asynchronously
/// (create → token → verify → id). <see cref="Intercept"/> lets a test answer a request differently.
/// </summary>
internal sealed class FakeZalo : IDisposable
{
    public const string AppId = "3141592653589";
    public const string AppSecret = "zalo-APP-secret-0f9e8d";
    public const string SeedRefreshToken = "rt-SEED-aaaaaaaaaaaaaaaa";
    public const string OaName = "UBND xã Hòa An";

    private readonly HashSet<string> _validRefresh = [SeedRefreshToken];
    private readonly HashSet<string> _validAccess = [];
    private readonly List<string> _issued = [];
    private int _sequence;

    public FakeZalo() => Service = new FakeService(Handle);

    /// <summary>Dates new articles ("create_date"); tests driving a fake clock hand it in.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public FakeService Service { get; }

    public string Url => Service.Url;

    /// <summary>Answer a request differently (return null to let the fake handle it). Runs after access-token checks.</summary>
    public Func<FakeRequest, FakeResponse?>? Intercept { get; set; }

    /// <summary>Waited after a create has been recorded (simulates an answer lost after the post exists).</summary>
    public TimeSpan CreateDelay { get; set; }

    /// <summary>Waited after a refresh has rotated the tokens (an answer that arrives late).</summary>
    public TimeSpan RefreshDelay { get; set; }

    /// <summary><c>expires_in</c> returned by refreshes (a string, as Zalo sends it).</summary>
    public string ExpiresIn { get; set; } = "90000";

    /// <summary>How many verify calls answer -214 before the id.</summary>
    public int VerifyPendingPolls { get; set; } = 1;

    public List<FakeZaloArticle> Articles { get; } = [];

    public List<JsonElement> Broadcasts { get; } = [];

    public int RefreshCalls { get; private set; }

    /// <summary>Completed when a refresh has rotated the tokens (before its answer, which <see cref="RefreshDelay"/> may hold back).</summary>
    public TaskCompletionSource Rotated { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every token and secret the fake knows, to check that none leaks into logs or files.</summary>
    public IReadOnlyList<string> Secrets => [AppSecret, SeedRefreshToken, .. _issued];

    public int Count(string method, string pathEnd) =>
        Service.Requests.Count(r => r.Method == method && r.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    /// <summary>Makes another refresh token valid (the admin authorised the app again).</summary>
    public void Authorize(string refreshToken) => _validRefresh.Add(refreshToken);

    /// <summary>Invalidates every access token (as if Zalo revoked them).</summary>
    public void RevokeAccessTokens() => _validAccess.Clear();

    /// <summary>Adds an article created earlier (e.g. last week's with the same title).</summary>
    public void AddExisting(string title, DateTimeOffset created) =>
        Articles.Add(new FakeZaloArticle("old-" + Articles.Count, title, "cũ", created, "none", 0));

    public void Dispose() => Service.Dispose();

    private static FakeResponse Envelope(int error, string message, object? data = null) =>
        data is null ? FakeResponse.Json(new { error, message }) : FakeResponse.Json(new { error, message, data });

    private FakeResponse Handle(FakeRequest request)
    {
        if (request.Path == "/v4/oa/access_token")
        {
            return Intercept?.Invoke(request) ?? Refresh(request);
        }

        if (request.Header("access_token") is not { } token || !_validAccess.Contains(token))
        {
            return Envelope(-216, "Access token is invalid");
        }

        if (Intercept?.Invoke(request) is { } intercepted)
        {
            return intercepted;
        }

        return (request.Method, request.Path) switch
        {
            ("POST", "/v2.0/article/create") => Create(request, null),
            ("POST", "/v2.0/article/update") => Create(request, request.Json.GetProperty("id").GetString()),
            ("POST", "/v2.0/article/verify") => Verify(request),
            ("POST", "/v2.0/article/remove") => Articles.RemoveAll(a => a.Id == request.Json.GetProperty("id").GetString()) > 0
                ? Envelope(0, "Success")
                : Envelope(-201, "id is invalid"),
            ("GET", "/v2.0/article/getslice") => Slice(request),
            ("GET", "/v2.0/article/getdetail") => Detail(request),
            ("GET", "/v2.0/oa/getoa") => Envelope(0, "Success", new { oa_id = "579745863508352884", name = OaName }),
            ("POST", "/v2.0/oa/message") => Broadcast(request),
            _ => Envelope(404, "You are accessing an empty or invalid API"),
        };
    }

    private FakeResponse Refresh(FakeRequest request)
    {
        RefreshCalls++;
        if (request.Header("secret_key") != AppSecret)
        {
            return FakeResponse.Json(new { error = -14002, error_name = "Invalid secret key", error_reason = "", error_description = "" });
        }

        var form = request.Form;
        if (form.GetValueOrDefault("grant_type") != "refresh_token" || form.GetValueOrDefault("app_id") != AppId
            || !_validRefresh.Remove(form.GetValueOrDefault("refresh_token") ?? string.Empty))
        {
            return FakeResponse.Json(new { error = -14014, error_name = "Invalid refresh token", error_reason = "refresh token is invalid or used", error_description = "" });
        }

        var n = ++_sequence;
        var access = $"at-{n}-ACCESS-{Guid.NewGuid():N}";
        var refresh = $"rt-{n}-REFRESH-{Guid.NewGuid():N}";
        _validAccess.Add(access);
        _validRefresh.Add(refresh);
        _issued.Add(access);
        _issued.Add(refresh);
        Rotated.TrySetResult();
        return FakeResponse.Json(new { access_token = access, refresh_token = refresh, expires_in = ExpiresIn }) with { Delay = RefreshDelay };
    }

    private FakeResponse Create(FakeRequest request, string? updateId)
    {
        var body = request.Json;
        var title = body.GetProperty("title").GetString()!;
        var description = body.GetProperty("description").GetString()!;
        var progress = "pt-" + (++_sequence).ToString(CultureInfo.InvariantCulture);
        if (updateId is not null)
        {
            var index = Articles.FindIndex(a => a.Id == updateId);
            if (index < 0)
            {
                return Envelope(-201, "id is invalid");
            }

            Articles[index] = Articles[index] with { Title = title, Description = description, ProgressToken = progress, PendingPolls = VerifyPendingPolls };
        }
        else
        {
            Articles.Add(new FakeZaloArticle("a" + Guid.NewGuid().ToString("N")[..16], title, description, Clock.GetUtcNow(), progress, VerifyPendingPolls));
        }

        return Envelope(0, "Success", new { token = progress }) with { Delay = CreateDelay };
    }

    private FakeResponse Verify(FakeRequest request)
    {
        var progress = request.Json.GetProperty("token").GetString();
        var index = Articles.FindIndex(a => a.ProgressToken == progress);
        if (index < 0)
        {
            return Envelope(-201, "token is invalid");
        }

        if (Articles[index].PendingPolls > 0)
        {
            Articles[index] = Articles[index] with { PendingPolls = Articles[index].PendingPolls - 1 };
            return Envelope(-214, "Article is being processed");
        }

        return Envelope(0, "Success", new { id = Articles[index].Id });
    }

    private FakeResponse Slice(FakeRequest request)
    {
        var offset = int.Parse(request.Query.GetValueOrDefault("offset", "0"), CultureInfo.InvariantCulture);
        var limit = int.Parse(request.Query.GetValueOrDefault("limit", "10"), CultureInfo.InvariantCulture);
        if (limit > 10)
        {
            return Envelope(-201, "maximum limit is 10");
        }

        if (request.Query.GetValueOrDefault("type") != "normal")
        {
            return Envelope(-201, "type is invalid");
        }

        var medias = Articles.OrderByDescending(a => a.Created).Skip(offset).Take(limit)
            .Select(a => new { id = a.Id, title = a.Title, status = "show", create_date = a.Created.ToUnixTimeMilliseconds(), link_view = "https://oa.zalo.me/a/" + a.Id })
            .ToList();
        return Envelope(0, "Success", new { medias, total = Articles.Count });
    }

    private FakeResponse Detail(FakeRequest request)
    {
        var article = Articles.Find(a => a.Id == request.Query.GetValueOrDefault("id"));
        return article is null
            ? Envelope(-201, "id is invalid")
            : Envelope(0, "Success", new { id = article.Id, title = article.Title, description = article.Description, link_view = "https://oa.zalo.me/a/" + article.Id });
    }

    private FakeResponse Broadcast(FakeRequest request)
    {
        Broadcasts.Add(request.Json);
        return Envelope(0, "Success", new { message_id = "msg-" + Broadcasts.Count.ToString(CultureInfo.InvariantCulture) });
    }
}

/// <summary>An OA article in the fake.</summary>
internal sealed record FakeZaloArticle(string Id, string Title, string Description, DateTimeOffset Created, string ProgressToken, int PendingPolls);
