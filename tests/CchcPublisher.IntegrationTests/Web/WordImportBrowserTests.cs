using System.Net;
using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Web.Security;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>"Nhập từ Word" in a real Chromium: an official uploads a notice typed in a VNI font from the article list.</summary>
public sealed class WordImportBrowserTests
{
    [Fact]
    public async Task WordImport_UploadVniNotice_DraftWithUnicodeTextAndNoHeadingBlockOpensInEditor()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ConsoleSite.StartAsync();
        var docx = Path.Combine(site.Root, "thong-bao-can-cuoc.docx");
        await File.WriteAllBytesAsync(docx, WordSamples.Notice(), ct);
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Editor);
        await page.GoToAsync(new Uri(site.BaseAddress, "bai-viet").ToString());

        await (await page.QuerySelectorAsync("#tep-word")).UploadFileAsync(docx);
        await Browser.ClickAndWaitAsync(page, "form[action=\"/bai-viet/nhap-word\"] button");

        var notes = await page.EvaluateExpressionAsync<string>("document.getElementById('ghi-chu-nhap').innerText");
        Assert.Contains("VNI", notes, StringComparison.Ordinal);
        Assert.Contains("quốc hiệu", notes, StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "nhap-word");
        var drafts = Directory.GetFiles(Path.Combine(site.ContentRoot, "articles", "nhap"), "*.md");
        var text = await File.ReadAllTextAsync(Assert.Single(drafts, f => File.ReadAllText(f).Contains("căn cước", StringComparison.Ordinal)), ct);
        Assert.Contains("Công an xã làm căn cước lưu động tại nhà văn hóa thôn Đông Hòa.", text, StringComparison.Ordinal);
        Assert.Contains("status: draft", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Độc lập - Tự do - Hạnh phúc\n", text.Split("---")[^1], StringComparison.Ordinal);

        await Browser.ClickAndWaitAsync(page, "#mo-bai-nhap");
        Assert.Contains("căn cước", await page.EvaluateExpressionAsync<string>("document.getElementById('noi-dung').value"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordImport_NotWordOrNotEditor_RefusedWithReason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ConsoleSite.StartAsync();
        using (var editor = await site.SignedInAsync(ConsoleRoles.Editor))
        {
            var token = await ConsoleSite.TokenAsync(editor, "bai-viet");
            using var form = new MultipartFormDataContent { { new StringContent(token), "__chongia" }, { new ByteArrayContent("không phải Word"u8.ToArray()), "tep-word", "hong.docx" } };
            using var response = await editor.PostAsync(new Uri("bai-viet/nhap-word", UriKind.Relative), form, ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("hong.docx: Tệp không phải tài liệu Word", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        using var radio = await site.SignedInAsync(ConsoleRoles.Radio);
        var radioToken = await ConsoleSite.TokenAsync(radio, "");
        using var upload = new MultipartFormDataContent { { new StringContent(radioToken), "__chongia" }, { new ByteArrayContent(WordSamples.Notice()), "tep-word", "a.docx" } };
        using var refused = await radio.PostAsync(new Uri("bai-viet/nhap-word", UriKind.Relative), upload, ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(site.ContentRoot, "articles", "nhap")) &&
                     Directory.GetFiles(Path.Combine(site.ContentRoot, "articles", "nhap"), "a*.md").Length > 0);
    }
}
