using System.Text.Json;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.UnitTests.Channels.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.UnitTests.Channels.Facebook;

public sealed class FacebookOutboxChannelTests : IDisposable
{
    private const string Token = "EAAB-page-token-secret";

    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public FacebookOutboxChannelTests() =>
        _services = SocialHost.Build(_temp.Path, new Dictionary<string, string?>
        {
            ["Channels:Facebook:PageId"] = "104857600123",
            ["Channels:Facebook:PageAccessToken"] = Token,
        });

    private IChannel Channel => _services.GetServices<IChannel>().Single(c => c.Name == ChannelNames.Facebook);

    private async Task<JsonElement> ReadRequestAsync(string fileName)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(_temp.Path, "outbox", "facebook", fileName), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement.GetProperty("request").Clone();
    }

    [Fact]
    public void Registration_DefaultMode_IsOutboxChannel()
    {
        Assert.IsType<FacebookOutboxChannel>(Channel);
        Assert.False(Channel.CanUpdate);
    }

    [Fact]
    public async Task PublishAsync_AfterWebsite_FeedPostWithLink()
    {
        var website = PublishResult.Published("x", "https://hoaan.example.gov.vn/bai-viet/huong-dan.html");
        var context = SocialTestArticles.Context(SocialTestArticles.Create(coverPath: "/c/bia.jpg"), website);

        var result = await Channel.PublishAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(PublishOutcome.AwaitingManual, result.Outcome);
        var request = await ReadRequestAsync(result.RemoteId!);
        Assert.Equal("https://graph.facebook.com/v23.0/104857600123/feed", request.GetProperty("url").GetString());
        Assert.Equal("<redacted>", request.GetProperty("headers").GetProperty("Authorization").GetString());
        Assert.Equal(website.Url, request.GetProperty("body").GetProperty("link").GetString());
        Assert.True(request.GetProperty("body").GetProperty("published").GetBoolean());
        Assert.Contains("#ThuTucHanhChinh", request.GetProperty("body").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_CoverWithoutWebsite_PhotoPost()
    {
        var result = await Channel.PublishAsync(SocialTestArticles.Context(SocialTestArticles.Create(coverPath: "/c/bia.jpg")), TestContext.Current.CancellationToken);

        var request = await ReadRequestAsync(result.RemoteId!);
        Assert.Equal("https://graph.facebook.com/v23.0/104857600123/photos", request.GetProperty("url").GetString());
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-nop-ho-so-truc-tuyen.jpg", request.GetProperty("body").GetProperty("url").GetString());
        Assert.StartsWith("Hướng dẫn nộp hồ sơ", request.GetProperty("body").GetProperty("caption").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_NoCoverNoWebsite_TextFeedPostWithoutLink()
    {
        var result = await Channel.PublishAsync(SocialTestArticles.Context(SocialTestArticles.Create()), TestContext.Current.CancellationToken);

        var request = await ReadRequestAsync(result.RemoteId!);
        Assert.EndsWith("/feed", request.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.False(request.GetProperty("body").TryGetProperty("link", out _));
    }

    [Fact]
    public async Task PublishAsync_Twice_OneFile()
    {
        var context = SocialTestArticles.Context(SocialTestArticles.Create());

        var first = await Channel.PublishAsync(context, TestContext.Current.CancellationToken);
        var second = await Channel.PublishAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(first.RemoteId, second.RemoteId);
        Assert.Single(Directory.GetFiles(Path.Combine(_temp.Path, "outbox", "facebook")));
        Assert.True((await Channel.ReconcileAsync(context, TestContext.Current.CancellationToken)).Found);
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }
}
