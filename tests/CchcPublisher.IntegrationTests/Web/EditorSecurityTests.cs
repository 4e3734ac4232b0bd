using System.Net;
using CchcPublisher.Web.Security;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>Who may write: editors and administrators save and restore; other roles read; nobody signed out gets anything.</summary>
public sealed class EditorSecurityTests
{
    private const string Article = "articles/2026/12/lich-tiep-cong-dan.md";

    [Theory]
    [InlineData(ConsoleRoles.Leader)]
    [InlineData(ConsoleRoles.Radio)]
    public async Task Save_ReaderRole_ForbiddenAndFileUnchanged(string role)
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(role);
        var file = Path.Combine(site.ContentRoot, Article);
        var before = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        var page = await client.GetStringAsync(new Uri("bai-viet/sua?tep=" + Uri.EscapeDataString(Article), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("id=\"luu\"", page, StringComparison.Ordinal);
        var token = await ConsoleSite.TokenAsync(client, "bai-viet/sua?tep=" + Uri.EscapeDataString(Article));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__chongia"] = token, ["tep"] = Article, ["tieu-de"] = "Đổi trộm", ["noi-dung"] = "x", ["hang-tuan"] = "co",
        });
        using var response = await client.PostAsync(new Uri("bai-viet/luu", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("bai-viet")]
    [InlineData("bai-viet/sua?tep=articles%2F2026%2F12%2Flich-tiep-cong-dan.md")]
    [InlineData("bai-viet/am-thanh?k=abc")]
    [InlineData("bai-viet/anh?tep=articles%2F2026%2F11%2Fkich-hoat-dinh-danh-dien-tu-vneid.md&f=anh-bia-vneid.png")]
    public async Task EditorPages_SignedOut_SentToLogin(string path)
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = site.Client(out _);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dang-nhap", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_PathOutsideArticles_NotWrittenThere()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);
        var token = await ConsoleSite.TokenAsync(client, "bai-viet/moi");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__chongia"] = token, ["tep"] = "../appsettings.md", ["tieu-de"] = "Bài ngoài", ["noi-dung"] = "Nội dung.", ["hang-tuan"] = "co",
        });
        using var response = await client.PostAsync(new Uri("bai-viet/luu", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(site.Root, "appsettings.md")));
        Assert.Contains("tep=articles%2F2026%2F12%2Fbai-ngoai.md", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
