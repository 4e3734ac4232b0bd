using System.Text.Json;
using System.Text.Json.Nodes;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Http;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.UnitTests.Channels.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Channels.Zalo;

public sealed class ZaloOutboxChannelTests : IDisposable
{
    private const string Secret = "S3CRET-app-key";
    private const string Refresh = "R3FRESH-token-value";

    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public ZaloOutboxChannelTests() =>
        _services = SocialHost.Build(_temp.Path, new Dictionary<string, string?>
        {
            ["Channels:Zalo:AppId"] = "1234567890",
            ["Channels:Zalo:AppSecret"] = Secret,
            ["Channels:Zalo:RefreshToken"] = Refresh,
            ["Channels:Zalo:Broadcast"] = "true",
        });

    private IChannel Channel => _services.GetServices<IChannel>().Single(c => c.Name == ChannelNames.Zalo);

    [Fact]
    public void Registration_DefaultMode_IsOutboxChannel()
    {
        Assert.IsType<ZaloOutboxChannel>(Channel);
        Assert.False(Channel.CanUpdate);
        Assert.IsType<ZaloOutboxCheck>(_services.GetServices<IChannelCheck>().Single(c => c.Channel == ChannelNames.Zalo));
    }

    [Fact]
    public async Task PublishAsync_Article_WritesCreateRequestAndReturnsFileName()
    {
        var article = SocialTestArticles.Create(body: "Nội dung **chính**.", coverPath: "/c/bia.jpg");

        var result = await Channel.PublishAsync(SocialTestArticles.Context(article), TestContext.Current.CancellationToken);

        Assert.Equal(PublishOutcome.AwaitingManual, result.Outcome);
        var path = Path.Combine(_temp.Path, "outbox", "zalo", result.RemoteId!);
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(text);
        var request = json.RootElement.GetProperty("request");
        Assert.Equal("https://openapi.zalo.me/v2.0/article/create", request.GetProperty("url").GetString());
        var expectedBody = ZaloRequests.CreateArticle(
            _services.GetRequiredService<IOptions<ZaloOptions>>().Value,
            _services.GetRequiredService<ZaloArticleRenderer>().Render(article)).JsonBody;
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expectedBody!), JsonNode.Parse(request.GetProperty("body").GetRawText())),
            "The outbox body must be the JSON the API mode sends.");
        var body = request.GetProperty("body");
        Assert.Equal("normal", body.GetProperty("type").GetString());
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-nop-ho-so-truc-tuyen.jpg", body.GetProperty("cover").GetProperty("photo_url").GetString());
        Assert.Equal("<p>Nội dung <b>chính</b>.</p>", body.GetProperty("body")[0].GetProperty("content").GetString());
        Assert.Equal("hide", body.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task PublishAsync_SecretsConfigured_NoSecretInFile()
    {
        var result = await Channel.PublishAsync(SocialTestArticles.Context(SocialTestArticles.Create()), TestContext.Current.CancellationToken);

        var text = await File.ReadAllTextAsync(Path.Combine(_temp.Path, "outbox", "zalo", result.RemoteId!), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Refresh, text, StringComparison.Ordinal);
        Assert.Contains(OutboxFileRequest.Redacted, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_NoCover_StillWrittenWithNoteOfWhatZaloWouldRefuse()
    {
        var result = await Channel.PublishAsync(SocialTestArticles.Context(SocialTestArticles.Create()), TestContext.Current.CancellationToken);

        Assert.Equal(PublishOutcome.AwaitingManual, result.Outcome);
        var text = await File.ReadAllTextAsync(Path.Combine(_temp.Path, "outbox", "zalo", result.RemoteId!), TestContext.Current.CancellationToken);
        Assert.Contains("ảnh bìa", text, StringComparison.Ordinal);
        Assert.Contains("broadcast", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_Twice_OneFileSameRemoteId()
    {
        var context = SocialTestArticles.Context(SocialTestArticles.Create());

        var first = await Channel.PublishAsync(context, TestContext.Current.CancellationToken);
        var second = await Channel.PublishAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(first.RemoteId, second.RemoteId);
        Assert.Single(Directory.GetFiles(Path.Combine(_temp.Path, "outbox", "zalo")));
    }

    [Fact]
    public async Task ReconcileAsync_FileWritten_Found()
    {
        var context = SocialTestArticles.Context(SocialTestArticles.Create());
        var published = await Channel.PublishAsync(context, TestContext.Current.CancellationToken);

        var found = await Channel.ReconcileAsync(context, TestContext.Current.CancellationToken);

        Assert.True(found.Found);
        Assert.True(found.Certain);
        Assert.Equal(published.RemoteId, found.RemoteId);
    }

    [Fact]
    public async Task ReconcileAsync_NothingWritten_NotFoundCertain()
    {
        var result = await Channel.ReconcileAsync(SocialTestArticles.Context(SocialTestArticles.Create()), TestContext.Current.CancellationToken);

        Assert.False(result.Found);
        Assert.True(result.Certain);
    }

    [Fact]
    public async Task CheckAsync_Outbox_OkInVietnamese()
    {
        var check = _services.GetServices<IChannelCheck>().Single(c => c.Channel == ChannelNames.Zalo);

        var result = await check.CheckAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Ok);
        Assert.Contains("Zalo OA", result.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }
}
