using CchcPublisher.Channels.Website;

namespace CchcPublisher.UnitTests.Channels.Website;

public sealed class WebsiteOptionsValidatorTests
{
    private static readonly WebsiteOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(Validator.Validate(null, new WebsiteOptions()).Succeeded);

    [Fact]
    public void Validate_WordPressWithoutSettings_NamesEachMissingSetting()
    {
        var result = Validator.Validate(null, new WebsiteOptions { Mode = WebsiteMode.WordPress });

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Channels:Website:WordPress:BaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Channels:Website:WordPress:User", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Channels:Website:WordPress:AppPassword", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_StaticModeIgnoresWordPressSettings() =>
        Assert.True(Validator.Validate(null, new WebsiteOptions { WordPress = { TotalTimeout = TimeSpan.Zero } }).Succeeded);

    [Fact]
    public void Validate_WordPressComplete_Succeeds() =>
        Assert.True(Validator.Validate(null, WordPress(_ => { })).Succeeded);

    [Theory]
    [InlineData("ftp://wp.example")]
    [InlineData("wp.example")]
    public void Validate_WordPressBadUrl_Fails(string url)
    {
        var result = Validator.Validate(null, WordPress(w => w.BaseUrl = url));

        Assert.Contains(result.Failures!, f => f.Contains("không phải địa chỉ http(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TotalTimeoutNotAboveAttempt_Fails()
    {
        var result = Validator.Validate(null, WordPress(w => w.TotalTimeout = w.AttemptTimeout));

        Assert.Contains(result.Failures!, f => f.Contains("TotalTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadStaticBaseUrl_Fails() =>
        Assert.True(Validator.Validate(null, new WebsiteOptions { BaseUrl = "not a url" }).Failed);

    [Fact]
    public void Validate_FeedItemsZero_Fails() =>
        Assert.True(Validator.Validate(null, new WebsiteOptions { FeedItems = 0 }).Failed);

    private static WebsiteOptions WordPress(Action<WordPressOptions> change)
    {
        var options = new WebsiteOptions
        {
            Mode = WebsiteMode.WordPress,
            WordPress = { BaseUrl = "https://wp.example", User = "bientap", AppPassword = "abcd efgh ijkl mnop qrst uvwx" },
        };
        change(options.WordPress);
        return options;
    }
}
