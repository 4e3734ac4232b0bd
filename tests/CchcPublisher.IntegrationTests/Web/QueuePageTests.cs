using System.Text.RegularExpressions;
using CchcPublisher.Web.Pages;
using CchcPublisher.Web.Security;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>Hàng đợi with a long queue (a first import queues thousands): the first rows of each column, then the rest on demand.</summary>
public sealed partial class QueuePageTests
{
    [GeneratedRegex("<tr data-bai=")]
    private static partial Regex Row();

    [Fact]
    public async Task Queue_LongerThanAPage_ShowsTheFirstRowsAndOffersTheRest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ConsoleSite.StartAsync(s =>
        {
            for (var i = 0; i < QueuePage.RowsShown + 20; i++)
            {
                s.WriteArticle($"hang-doi/bai-{i:000}.md", $"---\ntitle: Tin hằng tuần số {i}\ncategories: [mot-cua]\nchannels: [website]\n---\nNội dung {i}.\n");
            }
        });
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
