using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Zalo;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.UnitTests.Channels.Http;

public sealed class SocialRegistrationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void AddZaloAddFacebook_ApiMode_ResolveApiChannelsAndChecks()
    {
        using var services = SocialHost.Build(_temp.Path, new Dictionary<string, string?>
        {
            ["Channels:Zalo:Mode"] = "Api",
            ["Channels:Zalo:AppId"] = "1",
            ["Channels:Zalo:AppSecret"] = "s",
            ["Channels:Zalo:RefreshToken"] = "r",
            ["Channels:Facebook:Mode"] = "Api",
            ["Channels:Facebook:PageId"] = "123",
            ["Channels:Facebook:PageAccessToken"] = "t",
        });

        var channels = services.GetServices<IChannel>().ToDictionary(c => c.Name);
        var checks = services.GetServices<IChannelCheck>().ToDictionary(c => c.Channel);

        Assert.IsType<ZaloApiChannel>(channels[ChannelNames.Zalo]);
        Assert.IsType<FacebookApiChannel>(channels[ChannelNames.Facebook]);
        Assert.IsType<ZaloApiCheck>(checks[ChannelNames.Zalo]);
        Assert.IsType<FacebookApiCheck>(checks[ChannelNames.Facebook]);
    }

    [Fact]
    public async Task OutboxChannel_DataFolderUnwritable_FailedWithRetryNotException()
    {
        var file = Path.Combine(_temp.Path, "data-is-a-file");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        using var services = SocialHost.Build(file);

        foreach (var channel in services.GetServices<IChannel>())
        {
            var result = await channel.PublishAsync(SocialTestArticles.Context(SocialTestArticles.Create()), TestContext.Current.CancellationToken);

            Assert.Equal(PublishOutcome.Failed, result.Outcome);
            Assert.NotNull(result.RetryAfter);
            Assert.Contains("Không ghi được", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ZaloToken_DataFolderUnwritable_FailureNotException()
    {
        var file = Path.Combine(_temp.Path, "data-is-a-file");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        using var services = SocialHost.Build(file, new Dictionary<string, string?>
        {
            ["Channels:Zalo:Mode"] = "Api",
            ["Channels:Zalo:AppId"] = "1",
            ["Channels:Zalo:AppSecret"] = "s",
            ["Channels:Zalo:RefreshToken"] = "r",
        });

        var token = await services.GetRequiredService<ZaloTokenProvider>().GetAccessTokenAsync(null, TestContext.Current.CancellationToken);

        Assert.False(token.Ok);
        Assert.Contains("thư mục", token.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
