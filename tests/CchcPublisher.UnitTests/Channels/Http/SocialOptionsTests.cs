using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Http;
using CchcPublisher.Channels.Zalo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Channels.Http;

public sealed class SocialOptionsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void ZaloValidator_ApiWithoutCredentials_NamesEachMissingKey()
    {
        var result = new ZaloOptionsValidator().Validate(null, new ZaloOptions { Mode = ChannelMode.Api });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("AppId", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("AppSecret", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("RefreshToken", StringComparison.Ordinal));
    }

    [Fact]
    public void ZaloValidator_OutboxDefaults_Succeeds() =>
        Assert.True(new ZaloOptionsValidator().Validate(null, new ZaloOptions()).Succeeded);

    [Fact]
    public void ZaloValidator_AttemptNotBelowTotal_Fails()
    {
        var result = new ZaloOptionsValidator().Validate(null, new ZaloOptions { AttemptTimeout = TimeSpan.FromSeconds(30), TotalTimeout = TimeSpan.FromSeconds(30) });

        Assert.Contains(result.Failures!, f => f.Contains("AttemptTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void FacebookValidator_ApiWithoutPage_Fails()
    {
        var result = new FacebookOptionsValidator().Validate(null, new FacebookOptions { Mode = ChannelMode.Api });

        Assert.Contains(result.Failures!, f => f.Contains("PageId", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("PageAccessToken", StringComparison.Ordinal));
    }

    [Fact]
    public void FacebookValidator_HashtagWithSpace_Fails()
    {
        var options = new FacebookOptions();
        options.ExtraHashtags.Add("Xa Hoa An");

        Assert.True(new FacebookOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void Binding_Configuration_ReadsModeTimeSpansAndLists()
    {
        using var services = SocialHost.Build(_temp.Path, new Dictionary<string, string?>
        {
            ["Channels:Zalo:VerifyTimeout"] = "00:02:00",
            ["Channels:Facebook:GraphVersion"] = "v25.0",
            ["Channels:Facebook:ExtraHashtags:0"] = "XaHoaAn",
        });

        Assert.Equal(ChannelMode.Outbox, services.GetRequiredService<IOptions<ZaloOptions>>().Value.Mode);
        Assert.Equal(TimeSpan.FromMinutes(2), services.GetRequiredService<IOptions<ZaloOptions>>().Value.VerifyTimeout);
        Assert.Equal("v25.0", services.GetRequiredService<IOptions<FacebookOptions>>().Value.GraphVersion);
        Assert.Equal(["XaHoaAn"], services.GetRequiredService<IOptions<FacebookOptions>>().Value.ExtraHashtags);
    }

    [Fact]
    public void Binding_ApiModeWithoutCredentials_FailsValidation()
    {
        using var services = SocialHost.Build(_temp.Path, new Dictionary<string, string?> { ["Channels:Zalo:Mode"] = "Api" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ZaloOptions>>().Value);
        Assert.Contains("RefreshToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binding_BadGraphVersion_FailsValidation()
    {
        using var services = SocialHost.Build(_temp.Path, new Dictionary<string, string?> { ["Channels:Facebook:GraphVersion"] = "23" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FacebookOptions>>().Value);
    }

    public void Dispose() => _temp.Dispose();
}
