using CchcPublisher.Hosting;
using CchcPublisher.Web;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Web;

public sealed class WebConsoleOptionsValidatorTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "cchc-webopt-" + Guid.NewGuid().ToString("N"));
    private readonly UserStore _users;

    public WebConsoleOptionsValidatorTests()
    {
        _users = new UserStore(Options.Create(new PathOptions { Data = _data }), new FakeTimeProvider());
    }

    public void Dispose()
    {
        _users.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Validate_LoopbackWithoutUsers_Succeeds(string address)
    {
        var result = new WebConsoleOptionsValidator(_users).Validate(null, new WebConsoleOptions { Address = address });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_LanWithoutUsers_FailsNamingTheSetting()
    {
        var result = new WebConsoleOptionsValidator(_users).Validate(null, new WebConsoleOptions { Address = "0.0.0.0" });

        Assert.True(result.Failed);
        Assert.Contains("WebConsole:Address", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("users add", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_LanWithUsers_Succeeds()
    {
        Assert.Null(await _users.AddAsync("quantri", ConsoleRoles.Admin, "mot-mat-khau-dai", TestContext.Current.CancellationToken));

        var result = new WebConsoleOptionsValidator(_users).Validate(null, new WebConsoleOptions { Address = "192.168.1.10" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_LanButDisabled_Succeeds()
    {
        var result = new WebConsoleOptionsValidator(_users).Validate(null, new WebConsoleOptions { Address = "0.0.0.0", Enabled = false });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("may-chu.xa")]
    [InlineData("http://localhost")]
    [InlineData("")]
    public void Validate_AddressNotLocalhostOrIp_Fails(string address)
    {
        var result = new WebConsoleOptionsValidator(_users).Validate(null, new WebConsoleOptions { Address = address });

        Assert.True(result.Failed);
        Assert.Contains("WebConsole:Address", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Url_Ipv6_Bracketed()
    {
        Assert.Equal("http://[::1]:5080", new WebConsoleOptions { Address = "::1" }.Url);
        Assert.Equal("http://localhost:5080", new WebConsoleOptions().Url);
    }
}
