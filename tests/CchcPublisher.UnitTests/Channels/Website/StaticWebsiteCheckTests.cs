using CchcPublisher.Channels.Website;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Channels.Website;

public sealed class StaticWebsiteCheckTests
{
    [Fact]
    public async Task CheckAsync_WritableFolder_OkAndLeavesNothing()
    {
        using var site = new WebsiteTestSite();
        var check = new StaticWebsiteCheck(Options.Create(site.Options), Options.Create(site.Paths));

        var result = await check.CheckAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Ok, result.Message);
        Assert.Equal("website", check.Channel);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.SiteRoot));
    }

    [Fact]
    public async Task CheckAsync_FolderIsAFile_NotOkWithVietnameseReason()
    {
        using var site = new WebsiteTestSite();
        Directory.CreateDirectory(site.Paths.DataRoot);
        await File.WriteAllTextAsync(Path.Combine(site.Paths.DataRoot, "site"), "x", TestContext.Current.CancellationToken);
        var check = new StaticWebsiteCheck(Options.Create(site.Options), Options.Create(site.Paths));

        var result = await check.CheckAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Ok);
        Assert.StartsWith("Không ghi được vào thư mục trang web", result.Message, StringComparison.Ordinal);
        Assert.Contains("OutputFolder", result.Message, StringComparison.Ordinal);
    }
}
