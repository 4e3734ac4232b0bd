using System.Text.RegularExpressions;
using CchcPublisher.Web.Pages;
using CchcPublisher.Web.Security;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>
/// Pages over long lists (a first import brings thousands of articles): Hàng đợi shows the first rows of each column,
/// Bài viết pages its rows keeping the filters, Chờ duyệt shows the first of the other articles; the rest on demand.
/// </summary>
public sealed partial class LongListPagesTests
{
    private static void ManyArticles(ConsoleSite site)
    {
        for (var i = 0; i < QueuePage.RowsShown + 20; i++)
        {
            site.WriteArticle($"hang-doi/bai-{i:000}.md", $"---\ntitle: Tin hằng tuần số {i}\ncategories: [mot-cua]\nchannels: [website]\n---\nNội dung {i}.\n");
        }
    }

    [GeneratedRegex("<tr class=\"bv-")]
    private static partial Regex ArticleRow();

    [Fact]
    public async Task Articles_MoreThanAPage_PagedWithTheFiltersKept()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ConsoleSite.StartAsync(ManyArticles);
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);

        var first = await client.GetStringAsync(new Uri("bai-viet?the-loai=mot-cua", UriKind.Relative), ct);
        var total = int.Parse(Regex.Match(first, @"(\d+) bài, trang 1/(\d+)\.").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var second = await client.GetStringAsync(new Uri("bai-viet?the-loai=mot-cua&trang=2", UriKind.Relative), ct);

        Assert.Equal(ArticlesPage.RowsPerPage, ArticleRow().Count(first));
        Assert.Contains("href=\"/bai-viet?the-loai=mot-cua&amp;trang=2\"", first, StringComparison.Ordinal);
        Assert.Equal(total - ArticlesPage.RowsPerPage, ArticleRow().Count(second)); // 120-odd articles: two pages
        Assert.Contains("trang 2/2", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approvals_ManyOtherArticles_FirstOnesThenTheRestOnDemand()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ConsoleSite.StartAsync(ManyArticles);
        using var client = await site.SignedInAsync(ConsoleRoles.Leader);

        var page = await client.GetStringAsync(new Uri("cho-duyet", UriKind.Relative), ct);
        var whole = await client.GetStringAsync(new Uri("cho-duyet?tat-ca=1", UriKind.Relative), ct);

        Assert.Equal(ApprovalPage.OthersShown, Row().Count(page));
        Assert.Matches(@"… và \d+ bài khác\. <a href=""/cho-duyet\?tat-ca=1"">Xem tất cả</a>", page);
        Assert.True(Row().Count(whole) > ApprovalPage.OthersShown);
    }

    [GeneratedRegex("<tr data-bai=")]
    private static partial Regex Row();

    [Fact]
    public async Task Queue_LongerThanAPage_ShowsTheFirstRowsAndOffersTheRest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ConsoleSite.StartAsync(ManyArticles);
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);

        var page = await client.GetStringAsync(new Uri("hang-doi", UriKind.Relative), ct);
        var whole = await client.GetStringAsync(new Uri("hang-doi?tat-ca=1", UriKind.Relative), ct);

        var total = Row().Count(whole);
        Assert.True(total > QueuePage.RowsShown + 20 - 1, $"{total} rows in the whole queue");
        Assert.True(Row().Count(page) <= 2 * QueuePage.RowsShown, "at most one page per column");
        Assert.Matches(@"… và \d+ lượt đăng sau đó\. <a href=""/hang-doi\?tat-ca=1"">Xem tất cả</a>", page);
        Assert.DoesNotContain("Xem tất cả", whole, StringComparison.Ordinal);
        Assert.Equal(total, Row().Count(page) + Regex.Matches(page, @"… và (\d+) lượt").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
