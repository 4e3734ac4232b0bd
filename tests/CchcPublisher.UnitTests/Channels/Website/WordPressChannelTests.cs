using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CchcPublisher.UnitTests.Channels.Website;

/// <summary>The WordPress channel against WireMock: request shapes and the mapping of every failure class.</summary>
public sealed class WordPressChannelTests : IDisposable
{
    private const string PostsPath = "/wp-json/wp/v2/posts";
    private static readonly string[] Namespaces = ["oembed/1.0", "wp/v2"];
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Stop();

    [Fact]
    public async Task PublishAsync_NewArticle_CreatesPostWithSlugCategoriesAndMarker()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 42, slug = "huong-dan-nop-ho-so", link = "https://xa.example/huong-dan-nop-ho-so/" }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("42", result.RemoteId);
        Assert.Equal("https://xa.example/huong-dan-nop-ho-so/", result.Url);
        var post = Assert.Single(Requests("POST", PostsPath));
        using var body = JsonDocument.Parse(post.Body!);
        Assert.Equal("Hướng dẫn nộp hồ sơ trực tuyến", body.RootElement.GetProperty("title").GetString());
        Assert.Equal("huong-dan-nop-ho-so", body.RootElement.GetProperty("slug").GetString());
        Assert.Equal("publish", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Các bước nộp hồ sơ.", body.RootElement.GetProperty("excerpt").GetString());
        Assert.Equal([7], body.RootElement.GetProperty("categories").EnumerateArray().Select(e => e.GetInt32()).ToList());
        Assert.False(body.RootElement.TryGetProperty("featured_media", out _));
        var content = body.RootElement.GetProperty("content").GetString()!;
        Assert.Contains("<strong>trực tuyến</strong>", content, StringComparison.Ordinal);
        Assert.Contains(WordPressChannel.Marker("2026/dvc"), content, StringComparison.Ordinal);
        var expectedAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{WordPressTestHost.User}:{WordPressTestHost.Password}"));
        Assert.Equal(expectedAuth, post.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task PublishAsync_HostileTitleAndBody_EscapedAndSanitized()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 1, link = "https://xa.example/?p=1" }));
        using var host = Host();
        var article = WordPressTestHost.Article() with { Title = "A <script>x</script> & B", Body = "[x](javascript:alert(1)) <img src=x onerror=alert(1)>" };

        await host.Channel.PublishAsync(WordPressTestHost.Context(article), Ct);

        using var body = JsonDocument.Parse(Assert.Single(Requests("POST", PostsPath)).Body!);
        Assert.Equal("A &lt;script&gt;x&lt;/script&gt; & B", body.RootElement.GetProperty("title").GetString());
        var content = body.RootElement.GetProperty("content").GetString()!;
        Assert.DoesNotContain("javascript:", content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_QueryRouteStyle_UsesRestRouteParameter()
    {
        StubWordPress(pretty: false);
        _server.Given(Request.Create().WithPath("/").WithParam("rest_route", "/wp/v2/posts").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 5, link = "https://xa.example/?p=5" }));
        using var host = Host(new() { ["Channels:Website:WordPress:RouteStyle"] = "Query" });

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("5", result.RemoteId);
        Assert.DoesNotContain(_server.LogEntries, e => e.RequestMessage.Path.StartsWith("/wp-json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishAsync_AutoAndPrettyLinksRedirect_FallsBackToRestRoute()
    {
        StubWordPress(pretty: false);
        _server.Given(Request.Create().WithPath("/wp-json/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(301).WithHeader("Location", "/?rest_route=/"));
        _server.Given(Request.Create().WithPath("/").WithParam("rest_route", "/wp/v2/posts").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 6, link = "https://xa.example/?p=6" }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("6", result.RemoteId);
    }

    [Fact]
    public async Task PublishAsync_TimeoutAfterSend_UnknownAndPostedOnce()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 9 }).WithDelay(DelayedAnswer));
        using var host = Host(ShortTimeouts);
        await WarmUpAsync(host);

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
        Assert.Contains("không nhận được xác nhận", result.Error, StringComparison.Ordinal);
        Assert.Single(await RequestsAnsweredAsync("POST", PostsPath));
    }

    [Theory]
    [InlineData(500, "{\"code\":\"internal_server_error\",\"message\":\"Critical error\"}")]
    [InlineData(502, "<html><body>Bad Gateway</body></html>")]
    [InlineData(503, "")]
    public async Task PublishAsync_ServerErrorOnCreate_UnknownNeverRetried(int status, string body)
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(status).WithBody(body));
        using var host = Host(new() { ["Channels:Website:WordPress:MaxRetries"] = "3" });

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
        Assert.Single(Requests("POST", PostsPath));
    }

    [Fact]
    public async Task PublishAsync_SuccessStatusButNotJson_Unknown()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(201).WithBody("<br><b>Warning</b>: something in PHP"));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
    }

    [Fact]
    public async Task PublishAsync_Unauthorized_FailedWithVietnameseAdvice()
    {
        StubWordPress();
        StubMe(401, new { code = "rest_not_logged_in", message = "You are not currently logged in.", data = new { status = 401 } });
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.StartsWith("WordPress từ chối đăng nhập", result.Error, StringComparison.Ordinal);
        Assert.Contains("mật khẩu ứng dụng", result.Error, StringComparison.Ordinal);
        Assert.Contains("bientap", result.Error, StringComparison.Ordinal);
        Assert.Null(result.RetryAfter);
        Assert.Empty(Requests("POST", PostsPath));
    }

    [Fact]
    public async Task PublishAsync_CreateUnauthorizedAfterSignIn_FailedAuthAdvice()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(401).WithBodyAsJson(new { code = "rest_cannot_create", message = "Sorry, you are not allowed to create posts as this user.", data = new { status = 401 } }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("tiêu đề Authorization", result.Error, StringComparison.Ordinal);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public async Task PublishAsync_Forbidden_FailedUserLacksRights()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(403).WithBodyAsJson(new { code = "rest_cannot_publish", message = "Sorry, you are not allowed to publish posts in this post type.", data = new { status = 403 } }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("không đủ quyền (rest_cannot_publish)", result.Error, StringComparison.Ordinal);
        Assert.Contains("Biên tập viên", result.Error, StringComparison.Ordinal);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public async Task PublishAsync_BadRequest_FailedWithWordPressMessage()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = "rest_invalid_param", message = "Invalid parameter(s): categories", data = new { status = 400 } }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("Invalid parameter(s): categories", result.Error, StringComparison.Ordinal);
        Assert.Contains("rest_invalid_param", result.Error, StringComparison.Ordinal);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public async Task PublishAsync_NothingListening_FailedTemporarily()
    {
        // A port bound but not listening: a connection to it is refused, and no other process can take it while the
        // test runs (a stopped server's port could be given to another test's server, which would then answer).
        using var unused = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        unused.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)unused.LocalEndPoint!).Port;
        using var host = Host(baseUrl: $"http://127.0.0.1:{port}");

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.StartsWith("Không kết nối được tới trang WordPress", result.Error, StringComparison.Ordinal);
        Assert.Contains("máy chủ tắt, từ chối kết nối", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(TimeSpan.FromMinutes(10), result.RetryAfter);
    }

    [Fact]
    public async Task PublishAsync_DatabaseDownErrorPage_SaysSoInVietnamese_WithoutTheHtml()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(500)
            .WithBody("<!DOCTYPE html><html><body><h1>Error establishing a database connection</h1></body></html>"));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Contains("không kết nối được cơ sở dữ liệu", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Error establishing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_NoRestApi_FailedSaysSo()
    {
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(404).WithBody("<html>Not found</html>"));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("Không tìm thấy REST API", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_PreviousRemoteId_UpdatesThatPost()
    {
        StubWordPress();
        _server.Given(Request.Create().WithPath(PostsPath + "/42").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = 42, link = "https://xa.example/huong-dan-nop-ho-so/" }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article(), remoteId: "42"), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("42", result.RemoteId);
        Assert.Empty(Requests("POST", PostsPath));
        using var body = JsonDocument.Parse(Assert.Single(Requests("POST", PostsPath + "/42")).Body!);
        Assert.Equal(0, body.RootElement.GetProperty("featured_media").GetInt32());
    }

    [Fact]
    public async Task PublishAsync_UpdatedPostDeleted_FailedExplains()
    {
        StubWordPress();
        _server.Given(Request.Create().WithPath(PostsPath + "/42").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(404).WithBodyAsJson(new { code = "rest_post_invalid_id", message = "Invalid post ID.", data = new { status = 404 } }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article(), remoteId: "42"), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("không còn trên WordPress", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_OwnPostAlreadyThere_UpdatesInsteadOfCreating()
    {
        StubWordPress(existingPosts: [new { id = 77, slug = "huong-dan-nop-ho-so-2", link = "https://xa.example/p77/", status = "publish", content = new { raw = "<p>x</p>\n" + WordPressChannel.Marker("2026/dvc") } }]);
        _server.Given(Request.Create().WithPath(PostsPath + "/77").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = 77, link = "https://xa.example/p77/" }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal("77", result.RemoteId);
        Assert.Empty(Requests("POST", PostsPath));
    }

    [Fact]
    public async Task PublishAsync_ForeignPostWithSameSlug_IgnoredAndCreates()
    {
        StubWordPress(existingPosts: [new { id = 3, slug = "huong-dan-nop-ho-so", link = "https://xa.example/p3/", status = "publish", content = new { raw = "<p>Bài của người khác</p>" } }]);
        StubCreate(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 44, slug = "huong-dan-nop-ho-so-2", link = "https://xa.example/p44/" }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal("44", result.RemoteId);
        Assert.Single(Requests("POST", PostsPath));
    }

    [Fact]
    public async Task PublishAsync_LookupBeforeCreateFails_FailedAndNothingSent()
    {
        StubWordPress();
        _server.Given(Request.Create().WithPath(PostsPath).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(503));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.NotNull(result.RetryAfter);
        Assert.Empty(Requests("POST", PostsPath));
    }

    [Fact]
    public async Task PublishAsync_MissingCategory_CreatedBySlugWithLabel()
    {
        StubWordPress(categories: []);
        _server.Given(Request.Create().WithPath("/wp-json/wp/v2/categories").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 12, slug = "mot-cua", name = "x" }));
        StubCreate(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 1, link = "l" }));
        using var host = Host();

        await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article(categories: ["mot-cua"])), Ct);

        using var term = JsonDocument.Parse(Assert.Single(Requests("POST", "/wp-json/wp/v2/categories")).Body!);
        Assert.Equal("mot-cua", term.RootElement.GetProperty("slug").GetString());
        Assert.Equal("Bộ phận một cửa, một cửa liên thông", term.RootElement.GetProperty("name").GetString());
        using var post = JsonDocument.Parse(Assert.Single(Requests("POST", PostsPath)).Body!);
        Assert.Equal(12, post.RootElement.GetProperty("categories")[0].GetInt32());
    }

    [Fact]
    public async Task PublishAsync_CategoryNameExistsUnderOtherSlug_UsesExistingTerm()
    {
        StubWordPress(categories: []);
        _server.Given(Request.Create().WithPath("/wp-json/wp/v2/categories").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = "term_exists", message = "A term with the name provided already exists.", data = new { status = 400, term_id = 31 } }));
        StubCreate(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 1, link = "l" }));
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        using var post = JsonDocument.Parse(Assert.Single(Requests("POST", PostsPath)).Body!);
        Assert.Equal(31, post.RootElement.GetProperty("categories")[0].GetInt32());
    }

    [Fact]
    public async Task PublishAsync_MissingCategoryAndCreationOff_FailedNamesCategory()
    {
        StubWordPress(categories: []);
        using var host = Host(new() { ["Channels:Website:WordPress:CreateMissingCategories"] = "false" });

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("'thu-tuc-hanh-chinh'", result.Error, StringComparison.Ordinal);
        Assert.Contains("CreateMissingCategories", result.Error, StringComparison.Ordinal);
        Assert.Empty(Requests("POST", "/wp-json/wp/v2/categories"));
        Assert.Empty(Requests("POST", PostsPath));
    }

    [Fact]
    public async Task PublishAsync_Cover_UploadedWithDispositionAndSetAsFeatured()
    {
        var cover = Path.Combine(Path.GetTempPath(), $"cchc-cover-{Guid.NewGuid():N}.PNG");
        await File.WriteAllBytesAsync(cover, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3], Ct);
        try
        {
            StubWordPress();
            _server.Given(Request.Create().WithPath("/wp-json/wp/v2/media").UsingPost())
                .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 88, source_url = "https://xa.example/a.png" }));
            StubCreate(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 1, link = "l" }));
            using var host = Host();

            await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article(cover: cover)), Ct);

            var upload = Assert.Single(Requests("POST", "/wp-json/wp/v2/media"));
            Assert.Matches("^attachment; filename=\"huong-dan-nop-ho-so-[0-9a-f]{10}\\.png\"$", upload.Headers!["Content-Disposition"].Single());
            Assert.StartsWith("image/png", upload.Headers["Content-Type"].Single(), StringComparison.Ordinal);
            Assert.Equal(await File.ReadAllBytesAsync(cover, Ct), upload.BodyAsBytes);
            using var post = JsonDocument.Parse(Assert.Single(Requests("POST", PostsPath)).Body!);
            Assert.Equal(88, post.RootElement.GetProperty("featured_media").GetInt32());
        }
        finally
        {
            File.Delete(cover);
        }
    }

    [Fact]
    public async Task PublishAsync_CoverGone_FailedBeforeAnyUpload()
    {
        StubWordPress();
        using var host = Host();

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article(cover: "/khong/co/anh.jpg")), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.StartsWith("Không đọc được ảnh bìa /khong/co/anh.jpg", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(LogEntries, e => e.RequestMessage.Method == "POST");
    }

    [Fact]
    public async Task PublishAsync_CoverUploadTimesOut_FailedNoPost()
    {
        var cover = Path.Combine(Path.GetTempPath(), $"cchc-cover-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(cover, [0xFF, 0xD8, 1], Ct);
        try
        {
            StubWordPress();
            _server.Given(Request.Create().WithPath("/wp-json/wp/v2/media").UsingPost())
                .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 88 }).WithDelay(DelayedAnswer));
            using var host = Host(ShortTimeouts);
            await WarmUpAsync(host);

            var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article(cover: cover)), Ct);

            Assert.Equal(PublishOutcome.Failed, result.Outcome);
            Assert.StartsWith("Không tải được ảnh bìa", result.Error, StringComparison.Ordinal);
            Assert.NotNull(result.RetryAfter);
            Assert.Single(await RequestsAnsweredAsync("POST", "/wp-json/wp/v2/media"));
            Assert.Empty(Requests("POST", PostsPath));
        }
        finally
        {
            File.Delete(cover);
        }
    }

    [Fact]
    public async Task ReconcileAsync_OwnPostBySlug_Found()
    {
        StubWordPress(existingPosts: [
            new { id = 3, slug = "huong-dan-nop-ho-so", link = "https://xa.example/p3/", status = "publish", content = new { raw = "khác" } },
            new { id = 4, slug = "huong-dan-nop-ho-so-2", link = "https://xa.example/p4/", status = "draft", content = new { raw = "x " + WordPressChannel.Marker("2026/dvc") } },
        ]);
        using var host = Host();

        var result = await host.Channel.ReconcileAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.True(result.Found);
        Assert.Equal("4", result.RemoteId);
        Assert.Equal("https://xa.example/p4/", result.Url);
        var lookup = Assert.Single(Requests("GET", PostsPath));
        Assert.Contains("status=any", lookup.RawQuery, StringComparison.Ordinal);
        Assert.Contains("context=edit", lookup.RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReconcileAsync_NoOwnPost_NotFoundCertain()
    {
        StubWordPress(existingPosts: [new { id = 3, slug = "huong-dan-nop-ho-so", link = "l", status = "publish", content = new { raw = "khác" } }]);
        using var host = Host();

        var result = await host.Channel.ReconcileAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.False(result.Found);
        Assert.True(result.Certain);
    }

    [Fact]
    public async Task ReconcileAsync_ServiceDown_CouldNotCheck()
    {
        StubWordPress();
        _server.Given(Request.Create().WithPath(PostsPath).UsingGet()).AtPriority(1).RespondWith(Response.Create().WithStatusCode(500));
        using var host = Host();

        var result = await host.Channel.ReconcileAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.False(result.Found);
        Assert.False(result.Certain);
        Assert.Contains("Không kiểm tra được", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_GetFailsTransiently_RetriedThenSucceeds()
    {
        StubWordPress();
        _server.Given(Request.Create().WithPath("/wp-json/wp/v2/categories").UsingGet()).AtPriority(1)
            .InScenario("flaky").WillSetStateTo("recovered").RespondWith(Response.Create().WithStatusCode(503));
        StubCreate(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 1, link = "l" }));
        using var host = Host(new() { ["Channels:Website:WordPress:MaxRetries"] = "1" });

        var result = await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(2, Requests("GET", "/wp-json/wp/v2/categories").Count);
    }

    [Fact]
    public async Task PublishAsync_AnyOutcome_NeverLogsThePassword()
    {
        StubWordPress();
        StubCreate(Response.Create().WithStatusCode(401).WithBodyAsJson(new { code = "incorrect_password", message = "bad", data = new { status = 401 } }));
        using var host = Host();

        await host.Channel.PublishAsync(WordPressTestHost.Context(WordPressTestHost.Article()), Ct);
        await host.Check.CheckAsync(Ct);

        var secrets = new[] { WordPressTestHost.Password, Convert.ToBase64String(Encoding.UTF8.GetBytes($"{WordPressTestHost.User}:{WordPressTestHost.Password}")) };
        var logs = host.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        foreach (var record in logs)
        {
            var text = record.Message + " " + string.Join(' ', record.StructuredState?.Select(kv => kv.Value) ?? []) + " " + record.Exception;
            Assert.False(secrets.Any(s => text.Contains(s, StringComparison.Ordinal)), $"{record.Category}: {text}");
        }
    }

    [Fact]
    public async Task CheckAsync_ValidEditor_Ok()
    {
        StubWordPress();
        StubMe(200, new { id = 2, name = "Biên tập", capabilities = new Dictionary<string, bool> { ["publish_posts"] = true, ["upload_files"] = true, ["manage_categories"] = true } });
        using var host = Host();

        var result = await host.Check.CheckAsync(Ct);

        Assert.True(result.Ok, result.Message);
        Assert.Equal("WordPress REST", result.Mode);
        Assert.Contains("Biên tập", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_MissingCapabilities_NotOkListsThem()
    {
        StubWordPress();
        StubMe(200, new { id = 2, name = "CTV", capabilities = new Dictionary<string, bool> { ["edit_posts"] = true } });
        using var host = Host();

        var result = await host.Check.CheckAsync(Ct);

        Assert.False(result.Ok);
        Assert.Contains("publish_posts", result.Message, StringComparison.Ordinal);
        Assert.Contains("manage_categories", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_WrongPassword_NotOkPlainVietnamese()
    {
        StubWordPress();
        StubMe(401, new { code = "incorrect_password", message = "The provided password is an invalid application password.", data = new { status = 401 } });
        using var host = Host();

        var result = await host.Check.CheckAsync(Ct);

        Assert.False(result.Ok);
        Assert.Contains("từ chối đăng nhập", result.Message, StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> ShortTimeouts => new()
    {
        ["Channels:Website:WordPress:AttemptTimeout"] = "00:00:02",
        ["Channels:Website:WordPress:TotalTimeout"] = "00:00:04",
    };

    /// <summary>One call first, so that JIT and connection set-up do not count against a short timeout.</summary>
    private static async Task WarmUpAsync(WordPressTestHost host) => _ = await host.Check.CheckAsync(Ct);

    private WordPressTestHost Host(Dictionary<string, string?>? extra = null, string? baseUrl = null) =>
        new(baseUrl ?? _server.Urls[0], extra);

    private List<WireMock.Logging.ILogEntry> LogEntries => [.. _server.LogEntries];

    private List<WireMock.IRequestMessage> Requests(string method, string path) =>
        [.. LogEntries.Select(e => e.RequestMessage).Where(r => r.Method == method && r.Path == path)];

    /// <summary>The answer a timeout test holds back: longer than <see cref="ShortTimeouts"/>' total timeout.</summary>
    private static TimeSpan DelayedAnswer => TimeSpan.FromSeconds(5);

    /// <summary>
    /// The requests to <paramref name="path"/> once one is in the log: WireMock logs a request only when its (delayed)
    /// answer has been sent, so this waits for the log to change instead of sleeping (30 s is only the failure bound).
    /// </summary>
    private async Task<List<WireMock.IRequestMessage>> RequestsAnsweredAsync(string method, string path)
    {
        var logged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLogChanged(object? sender, System.Collections.Specialized.NotifyCollectionChangedEventArgs e)
        {
            if (Requests(method, path).Count > 0)
            {
                logged.TrySetResult();
            }
        }

        _server.LogEntriesChanged += OnLogChanged;
        try
        {
            if (Requests(method, path).Count == 0)
            {
                await logged.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
            }
        }
        finally
        {
            _server.LogEntriesChanged -= OnLogChanged;
        }

        return Requests(method, path);
    }

    /// <summary>A WordPress with pretty permalinks (unless told otherwise), one category and optional posts.</summary>
    private void StubWordPress(bool pretty = true, object[]? categories = null, object[]? existingPosts = null)
    {
        var index = Response.Create().WithStatusCode(200).WithBodyAsJson(new { namespaces = Namespaces });
        if (pretty)
        {
            _server.Given(Request.Create().WithPath("/wp-json/").UsingGet()).RespondWith(index);
        }

        _server.Given(Request.Create().WithPath("/").WithParam("rest_route", "/").UsingGet()).RespondWith(index);
        var me = Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = 2, slug = "bientap" });
        _server.Given(Request.Create().WithPath("/wp-json/wp/v2/users/me").UsingGet()).AtPriority(10).RespondWith(me);
        _server.Given(Request.Create().WithPath("/").WithParam("rest_route", "/wp/v2/users/me").UsingGet()).AtPriority(10).RespondWith(me);
        var terms = categories ?? [new { id = 7, slug = "thu-tuc-hanh-chinh", name = "Cải cách thủ tục hành chính" }];
        var posts = existingPosts ?? [];
        foreach (var prefix in (string[])["/wp-json", ""])
        {
            _server.Given(Request.Create().WithPath(prefix + "/wp/v2/categories").UsingGet()).AtPriority(10)
                .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(terms));
            _server.Given(Request.Create().WithPath(prefix + "/wp/v2/posts").UsingGet()).AtPriority(10)
                .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(posts));
            _server.Given(Request.Create().WithPath(prefix + "/wp/v2/media").UsingGet()).AtPriority(10)
                .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(Array.Empty<object>()));
        }

        foreach (var route in (string[])["/wp/v2/categories", "/wp/v2/posts", "/wp/v2/media"])
        {
            _server.Given(Request.Create().WithPath("/").WithParam("rest_route", route).UsingGet()).AtPriority(10)
                .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(route.EndsWith("posts", StringComparison.Ordinal) ? posts : route.EndsWith("categories", StringComparison.Ordinal) ? terms : Array.Empty<object>()));
        }
    }

    private void StubCreate(IResponseBuilder response) =>
        _server.Given(Request.Create().WithPath(PostsPath).UsingPost()).RespondWith(response);

    private void StubMe(int status, object body) =>
        _server.Given(Request.Create().WithPath("/wp-json/wp/v2/users/me").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode((HttpStatusCode)status).WithBodyAsJson(body));
}
