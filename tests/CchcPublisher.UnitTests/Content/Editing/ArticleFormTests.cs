using CchcPublisher.Content.Editing;

namespace CchcPublisher.UnitTests.Content.Editing;

public sealed class ArticleFormTests
{
    [Fact]
    public void ToMarkdown_TextWithYamlCharacters_ParsesBackAsWritten()
    {
        var form = new ArticleForm(
            "Thông báo: \"Ngày hội\" #1 - [chuyển đổi số] \\ xã",
            ["mot-cua", "chinh-quyen-so"],
            ["website", "radio"],
            "2026-12-10T07:30",
            "Tóm tắt: có dấu hai chấm, 'nháy đơn' và # dấu thăng",
            "- Công chức: Văn hóa",
            null,
            "NV05",
            "Nội dung **đậm**.\r\n\r\n- một\r\n- hai");

        var result = ContentTestFactory.Parse(form.ToMarkdown());

        var article = Assert.IsType<CchcPublisher.Content.Articles.Article>(result.Article);
        Assert.Equal(form.Title, article.Title);
        Assert.Equal(form.Summary, article.Summary);
        Assert.Equal(form.Author, article.Author);
        Assert.Equal(["mot-cua", "chinh-quyen-so"], article.Categories);
        Assert.Equal(["website", "radio"], article.Channels);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 7, 30, 0, TimeSpan.FromHours(7)), article.PublishAt);
        Assert.Equal("NV05", article.PlanTask);
        Assert.Equal("Nội dung **đậm**.\n\n- một\n- hai\n", article.Body);
        Assert.Equal(form.BodyLine, article.BodyLine);
    }

    [Fact]
    public void ToMarkdown_WeeklyColumnNoChannels_LeavesKeysOut()
    {
        var text = new ArticleForm("Tiêu đề", ["mot-cua"], [], null, null, null, null, null, "Nội dung.").ToMarkdown();

        Assert.DoesNotContain("publish_at", text, StringComparison.Ordinal);
        Assert.DoesNotContain("channels", text, StringComparison.Ordinal);
        Assert.Null(ContentTestFactory.Parse(text).Article!.PublishAt);
    }
}
