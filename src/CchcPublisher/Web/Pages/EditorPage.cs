using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Editing;
using CchcPublisher.Hosting;
using CchcPublisher.Preview;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web.Pages;

/// <summary>
/// The article editor: the front matter as a form and the body in Markdown (<see cref="EditorView"/>), the checks of
/// <c>validate</c> while typing and on save, the four channels' previews, atomic saves that refuse to overwrite a
/// file changed on disk since it was opened, and earlier versions to restore. Editors and administrators write;
/// everyone else reads.
/// </summary>
internal static class EditorPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/bai-viet/moi", (HttpContext context, ArticleListQuery list) =>
            EditorView.RenderAsync(context, list, new EditorState(null, null, new ArticleForm(string.Empty, [], [], null, null, null, null, null, string.Empty), null), null, null)).RequireAuthorization(ConsoleRoles.EditPolicy);

        app.MapGet("/bai-viet/sua", async (HttpContext context, ArticleListQuery list, ArticleFileStore store, DraftChecker checker) =>
        {
            var path = context.Request.Query["tep"].ToString();
            if (store.FullPath(path) is null || await store.ReadAsync(path, context.RequestAborted) is not { } file)
            {
                return ConsolePage.Render(context, "Không tìm thấy bài", HtmlBuilder.Of($"<p class=\"bao loi\">Không có tệp bài viết \"{path}\".</p><p><a href=\"/bai-viet\">Về danh sách bài viết</a></p>"), StatusCodes.Status404NotFound);
            }

            var state = await StateOfAsync(context, checker, path, file.Text, file.Hash);
            var done = context.Request.Query["da-luu"] == "1" ? "Đã lưu bài viết." : context.Request.Query["khoi-phuc"] == "1" ? "Đã khôi phục phiên bản cũ (bản trước đó vẫn được giữ)." : null;
            return await EditorView.RenderAsync(context, list, state, done, null);
        });

        app.MapPost("/bai-viet/kiem-tra", async (HttpContext context, IFormCollection form, ArticleFileStore store, DraftChecker checker) =>
        {
            var (path, draft) = Draft(context, form, store);
            var check = await checker.CheckAsync(path, draft.ToMarkdown(), context.RequestAborted);
            return Fragment(EditorView.Diagnostics(check, draft.BodyLine));
        });

        app.MapPost("/bai-viet/xem-truoc", async (HttpContext context, IFormCollection form, ArticleFileStore store, DraftChecker checker, ArticlePreview preview) =>
        {
            var (path, draft) = Draft(context, form, store);
            var check = await checker.CheckAsync(path, draft.ToMarkdown(), context.RequestAborted);
            if (check.Article is not { } article)
            {
                return Fragment(HtmlBuilder.Of($"<p class=\"bao loi\">Bài còn lỗi (xem danh sách bên trên) nên chưa xem trước được.</p>{EditorView.Diagnostics(check, draft.BodyLine)}"));
            }

            var result = preview.Render(article, check.Taxonomy, image => ImageUrl(path, image));
            return Fragment(PreviewView.Render(article, result, check, path));
        });

        app.MapGet("/bai-viet/am-thanh", async (HttpContext context, ArticlePreview preview) =>
        {
            var (wav, error) = await preview.SpeakAsync(context.Request.Query["k"].ToString(), context.RequestAborted);
            return wav is null
                ? Results.Text(error ?? "Không có âm thanh.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
                : Results.Bytes(wav, "audio/wav");
        });

        app.MapGet("/bai-viet/anh", (HttpContext context, ArticleFileStore store) =>
        {
            var file = store.FileBeside(context.Request.Query["tep"].ToString(), context.Request.Query["f"].ToString());
            return file is not null && new FileExtensionContentTypeProvider().TryGetContentType(file, out var type)
                ? Results.File(file, type)
                : Results.NotFound();
        });

        app.MapPost("/bai-viet/tai-anh", async (HttpContext context, IFormCollection form, ArticleFileStore store) =>
        {
            var (path, _) = Draft(context, form, store);
            if (form.Files.GetFile("anh") is not { Length: > 0 } upload)
            {
                return Results.Text("Chưa chọn ảnh.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            await using var stream = upload.OpenReadStream();
            var saved = await store.SaveImageAsync(path, upload.FileName, stream, context.RequestAborted);
            await ConsolePage.AuditAsync(context, "Tải ảnh lên", path, saved is not null, saved ?? upload.FileName);
            return saved is null
                ? Results.Text("Chỉ nhận ảnh .png, .jpg, .jpeg, .webp, .gif.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(new UploadedImage(saved, ImageUrl(path, saved)), PagesJsonContext.Default.UploadedImage);
        }).RequireAuthorization(ConsoleRoles.EditPolicy);

        app.MapPost("/bai-viet/luu", async (HttpContext context, IFormCollection form, ArticleListQuery list, ArticleFileStore store, DraftChecker checker) =>
        {
            var (path, draft) = Draft(context, form, store);
            if (!draft.Raw && string.IsNullOrWhiteSpace(draft.Title))
            {
                return await EditorView.RenderAsync(context, list, new EditorState(form["tep"].ToString() is { Length: > 0 } p ? p : null, form["bam"].ToString(), draft, null), null, "Hãy nhập tiêu đề bài trước khi lưu.");
            }

            if (form.Files.GetFile("anh-bia-tep") is { Length: > 0 } cover)
            {
                await using var stream = cover.OpenReadStream();
                var saved = await store.SaveImageAsync(path, cover.FileName, stream, context.RequestAborted);
                if (saved is null)
                {
                    return await EditorView.RenderAsync(context, list, new EditorState(form["tep"].ToString() is { Length: > 0 } p ? p : null, form["bam"].ToString(), draft, null), null, "Ảnh bìa phải là tệp .png, .jpg, .jpeg, .webp hoặc .gif.");
                }

                draft = draft with { Cover = saved };
            }

            var expected = form["bam"].ToString() is { Length: > 0 } hash ? hash : null;
            var text = draft.ToMarkdown();
            var outcome = await store.SaveAsync(path, text, expected, context.RequestAborted);
            if (outcome is SaveOutcome.Conflict conflict)
            {
                await store.KeepVersionAsync(path, text, context.RequestAborted);
                await ConsolePage.AuditAsync(context, "Lưu bài viết", path, false, "Tệp đã bị sửa ở nơi khác từ lúc mở; chưa ghi đè (bản của người sửa được cất vào phiên bản cũ).");
                var state = new EditorState(form["tep"].ToString() is { Length: > 0 } p ? p : null, form["bam"].ToString(), draft, null) with { Path = path, Hash = conflict.DiskHash.Length > 0 ? conflict.DiskHash : null, Conflict = conflict };
                return await EditorView.RenderAsync(context, list, state, null,
                    "Tệp này vừa được sửa ở nơi khác sau khi bạn mở nên chưa ghi đè. Bản của bạn vẫn nằm trong khung soạn (và đã được cất vào Phiên bản cũ); bản đang có trên đĩa ở ngay bên dưới. Hãy chọn giữ bản nào.");
            }

            var check = await checker.CheckAsync(path, text, context.RequestAborted);
            var errors = check.Diagnostics.Count(d => d.IsError);
            await ConsolePage.AuditAsync(context, "Lưu bài viết", path, true, errors > 0 ? $"{errors} lỗi" : draft.Title);
            return Results.Redirect("/bai-viet/sua?da-luu=1&tep=" + Uri.EscapeDataString(path));
        }).RequireAuthorization(ConsoleRoles.EditPolicy);

        app.MapGet("/bai-viet/phien-ban", async (HttpContext context, ArticleFileStore store) =>
        {
            var path = context.Request.Query["tep"].ToString();
            if (store.FullPath(path) is null)
            {
                return Results.NotFound();
            }

            var version = context.Request.Query["ban"].ToString();
            var text = version.Length > 0 ? await store.ReadVersionAsync(path, version, context.RequestAborted) : null;
            return EditorView.Versions(context, path, store.Versions(path), version, text);
        });

        app.MapPost("/bai-viet/khoi-phuc", async (HttpContext context, IFormCollection form, ArticleFileStore store) =>
        {
            var path = form["tep"].ToString();
            var version = form["ban"].ToString();
            if (store.FullPath(path) is null || await store.ReadVersionAsync(path, version, context.RequestAborted) is not { } text)
            {
                return Results.NotFound();
            }

            var current = await store.ReadAsync(path, context.RequestAborted);
            var outcome = await store.SaveAsync(path, text, current?.Hash, context.RequestAborted);
            var ok = outcome is SaveOutcome.Saved;
            await ConsolePage.AuditAsync(context, "Khôi phục phiên bản bài viết", path, ok, version);
            return ok
                ? Results.Redirect("/bai-viet/sua?khoi-phuc=1&tep=" + Uri.EscapeDataString(path))
                : EditorView.Versions(context, path, store.Versions(path), version, text);
        }).RequireAuthorization(ConsoleRoles.EditPolicy);
    }

    /// <summary>The URL the console serves an image written in the body (relative to the article) from.</summary>
    public static string? ImageUrl(string articlePath, string image) =>
        image.Contains(':', StringComparison.Ordinal) || image.StartsWith('/')
            ? null
            : $"/bai-viet/anh?tep={Uri.EscapeDataString(articlePath)}&f={Uri.EscapeDataString(image)}";

    /// <summary>The file the form is about (a new article gets one from its title) and the article it describes.</summary>
    private static (string Path, ArticleForm Draft) Draft(HttpContext context, IFormCollection form, ArticleFileStore store)
    {
        var draft = EditorView.Read(form);
        var path = form["tep"].ToString() is { Length: > 0 } given && store.FullPath(given) is not null
            ? given
            : store.NewPath(draft.Title, ConsolePage.Zone(context));
        return (path, draft);
    }

    private static async Task<EditorState> StateOfAsync(HttpContext context, DraftChecker checker, string path, string text, string hash)
    {
        var check = await checker.CheckAsync(path, text, context.RequestAborted);
        var zone = ConsolePage.Zone(context);
        if (check.Article is { } article)
        {
            var derived = ArticleIds.Derive(article.RelativePath);
            var form = ArticleForm.From(article, derived == article.Id ? null : article.Id, zone);
            return new EditorState(path, hash, form, null);
        }

        // A file with an error cannot fill the form field by field: its whole text goes to the body box, so
        // nothing is lost, and the errors say what to fix.
        var raw = new ArticleForm(string.Empty, [], [], null, null, null, null, null, text) { Raw = true };
        return new EditorState(path, hash, raw, null);
    }

    private static IResult Fragment(HtmlText html) =>
        Results.Content(html.Value, "text/html; charset=utf-8");

    /// <summary>Services this page needs that the options carry.</summary>
    public static PathOptions Paths(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<PathOptions>>().Value;
}
