using CchcPublisher.Content;
using CchcPublisher.Content.Import;
using CchcPublisher.Hosting;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web.Pages;

/// <summary>
/// "Nhập từ Word": a .docx uploaded from the article list becomes a draft in <c>articles/nhap/</c>, exactly as
/// <c>import</c> makes it (legacy TCVN3/VNI text converted, the heading block kept out of the body, images saved
/// beside it); the page says what was done and opens the draft in the editor.
/// </summary>
internal static class WordImportPage
{
    /// <summary>Largest document accepted (Word files with photos are a few MB).</summary>
    public const long MaxBytes = 30 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/bai-viet/nhap-word", async (
            HttpContext context, IFormCollection form, IOptions<PathOptions> paths, IOptions<CommuneOptions> commune, IContentLoader content, TimeProvider time) =>
        {
            var upload = form.Files.GetFile("tep-word");
            if (upload is not { Length: > 0 })
            {
                return Result(context, null, "Chưa chọn tệp Word (.docx) để nhập.", StatusCodes.Status400BadRequest);
            }

            var name = Path.GetFileName(upload.FileName);
            if (upload.Length > MaxBytes)
            {
                return Result(context, null, $"Tệp {name} lớn hơn {MaxBytes / 1024 / 1024} MB: hãy giảm cỡ ảnh trong Word rồi nhập lại.", StatusCodes.Status400BadRequest);
            }

            // The import reads a file by name (its name becomes the draft's fallback title and is noted in it).
            var folder = Path.Combine(Path.GetTempPath(), "cchc-nhap-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var source = Path.Combine(folder, string.IsNullOrWhiteSpace(name) ? "van-ban.docx" : name);
                await using (var file = File.Create(source))
                {
                    await upload.CopyToAsync(file, context.RequestAborted);
                }

                var snapshot = await content.LoadAsync(null, context.RequestAborted);
                var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), commune.Value.GetTimeZone());
                var outcome = await ArticleImportWriter.ImportAsync(source, Path.Combine(paths.Value.ArticlesRoot, "nhap"), snapshot.Taxonomy, now, context.RequestAborted);
                var relative = Path.GetRelativePath(paths.Value.ContentRoot, outcome.ArticlePath).Replace('\\', '/');
                await ConsolePage.AuditAsync(context, "Nhập văn bản Word", relative, true, name);
                return Result(context, (outcome, relative, snapshot.Taxonomy.Label(outcome.Category)), null, StatusCodes.Status200OK);
            }
            catch (ImportException ex)
            {
                await ConsolePage.AuditAsync(context, "Nhập văn bản Word", name, false, ex.Message);
                return Result(context, null, $"{name}: {ex.Message}", StatusCodes.Status400BadRequest);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }).RequireAuthorization(ConsoleRoles.EditPolicy);

    /// <summary>The upload form shown above the article list.</summary>
    public static HtmlText UploadForm(HttpContext context) =>
        ConsolePage.Form(context, "/bai-viet/nhap-word",
            HtmlBuilder.Of($"<label>Nhập từ Word (.docx, kể cả văn bản gõ phông TCVN3, VNI) <input type=\"file\" name=\"tep-word\" id=\"tep-word\" accept=\".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document\" required></label>"),
            "Nhập thành bài nháp", "nut-phu", files: true);

    private static IResult Result(HttpContext context, (ImportOutcome Outcome, string Path, string CategoryLabel)? imported, string? error, int status)
    {
        var body = new HtmlBuilder();
        if (imported is { } done)
        {
            var article = done.Outcome.Article;
            var notes = done.Outcome.Notes();

            body.Add(ConsolePage.Notice($"Đã nhập thành bài nháp \"{article.Title}\" ({done.Path}).", null));
            body.Add($"<ul id=\"ghi-chu-nhap\">");
            foreach (var note in notes)
            {
                body.Add($"<li>{note}</li>");
            }

            body.Add($"<li>Thể loại đoán: {done.CategoryLabel}; hãy kiểm tra rồi bỏ trạng thái nháp khi bài đã sẵn sàng.</li></ul>");
            body.Add($"<p><a class=\"nut\" id=\"mo-bai-nhap\" href=\"/bai-viet/sua?tep={Uri.EscapeDataString(done.Path)}\">Mở bài nháp để sửa</a> <a class=\"nut-phu\" href=\"/bai-viet\">Về danh sách bài viết</a></p>");
        }
        else
        {
            body.Add(ConsolePage.Notice(null, error));
            body.Add($"<p><a href=\"/bai-viet\">Về danh sách bài viết</a></p>");
        }

        return ConsolePage.Render(context, "Nhập từ Word", body.ToHtml(), status);
    }
}
