using System.Net;
using CchcPublisher.Web.Security;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>The console's "Việc cần làm tiếp" page over the sample commune, on 2 December 2026.</summary>
public sealed class PlanNextPageTests
{
    [Fact]
    public async Task PlanNext_Editor_SeesGapsQueuedArticlesWeeksAndFreeSlots()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);

        var plan = await client.GetStringAsync(new Uri("ke-hoach", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/ke-hoach/viec-tiep?ma=2026-6-thang-cuoi\"", plan, StringComparison.Ordinal);
        using var response = await client.GetAsync(new Uri("ke-hoach/viec-tiep?ma=2026-6-thang-cuoi&tuan=3", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hôm nay 02/12/2026 · 3 tuần tới, đến 20/12/2026", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Chỉ tiêu còn thiếu</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Tin, bài trên Trang thông tin điện tử", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Tuần 49/2026 (30/11–06/12)</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Tuần 51/2026 (14/12–20/12)</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tuần 52/2026", html, StringComparison.Ordinal);
        Assert.Contains("Ô chuyên mục còn trống:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanNext_UnknownPlan_SaysWhichPlansExist()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Leader);

        var html = await client.GetStringAsync(new Uri("ke-hoach/viec-tiep?ma=khong-co", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Không tìm thấy kế hoạch \"khong-co\". Các kế hoạch hiện có: 2026-6-thang-cuoi.", html.Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
