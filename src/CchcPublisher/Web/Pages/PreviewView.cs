using System.Globalization;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Editing;
using CchcPublisher.Preview;
using CchcPublisher.Web.Html;

namespace CchcPublisher.Web.Pages;

/// <summary>The four previews side by side, each with its channel's limits (see <see cref="ArticlePreview"/>).</summary>
internal static class PreviewView
{
    /// <param name="article">The article.</param>
    /// <param name="result">Its previews.</param>
    /// <param name="check">Its diagnostics (the radio's all-caps warnings are shown).</param>
    /// <param name="path">The article's file, relative to the content folder (for its images).</param>
    public static HtmlText Render(Article article, ArticlePreviewResult result, DraftCheck check, string path)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(check);
        var html = new HtmlBuilder();
        html.Add($"<h2>Xem trước (chưa đăng gì)</h2><div class=\"xt-luoi\">");

        html.Add($"<section class=\"xt\" id=\"xt-website\" data-kenh=\"website\"><h3>Trang thông tin điện tử</h3><article class=\"trang-web\"><h1>{article.Title}</h1>");
        if (article.Summary is { } summary)
        {
            html.Add($"<p class=\"sapo\">{summary}</p>");
        }

        if (article.CoverPath is not null && EditorPage.ImageUrl(path, Path.GetRelativePath(Path.GetDirectoryName(article.SourcePath)!, article.CoverPath).Replace('\\', '/')) is { } cover)
        {
            html.Add($"<img src=\"{cover}\" alt=\"Ảnh bìa\">");
        }

        // The website body is Markdig's HTML with the site's link and image address checks (ArticleHtmlRenderer).
        html.Add(new HtmlText(result.WebsiteHtml)).Add($"</article></section>");

        html.Add($"<section class=\"xt\" id=\"xt-zalo\" data-kenh=\"zalo\"><h3>Zalo OA</h3>");
        if (result.Zalo is { } zalo)
        {
            html.Add($"<ul class=\"gioi-han\">{Limit("Tiêu đề", article.Title.Length, ZaloArticleRenderer.MaxTitle)}{Limit("Mô tả", zalo.Description.Length, ZaloArticleRenderer.MaxDescription)}");
            html.Add($"{Limit("Tác giả", zalo.Author.Length, ZaloArticleRenderer.MaxAuthor)}<li class=\"{(zalo.CoverUrl is null ? "vuot" : "dat")}\">Ảnh bìa: {(zalo.CoverUrl is null ? "chưa có (Zalo bắt buộc)" : "có")}</li></ul>");
            foreach (var problem in zalo.Problems)
            {
                html.Add($"<p class=\"bao loi\">{problem}</p>");
            }

            html.Add($"<div class=\"dien-thoai\"><strong>{zalo.Title}</strong><p class=\"nho\">{zalo.Author}</p><p><em>{zalo.Description}</em></p>");
            foreach (var block in zalo.Body)
            {
                // Text blocks are the Zalo renderer's own simple HTML, built from escaped text.
                html.Add(block.Type == "image"
                    ? HtmlBuilder.Of($"<p class=\"nho\">[Ảnh{(block.Caption is null ? "" : ": " + block.Caption)}]</p>")
                    : new HtmlText(block.Content ?? string.Empty));
            }

            html.Add($"</div>");
        }
        else
        {
            html.Add($"<p class=\"nho\">Kênh Zalo chưa được cài đặt.</p>");
        }

        html.Add($"</section><section class=\"xt\" id=\"xt-facebook\" data-kenh=\"facebook\"><h3>Facebook</h3>");
        if (result.Facebook is { } post)
        {
            html.Add($"<ul class=\"gioi-han\">{Limit("Chữ", post.Message.Length, result.FacebookMaxLength)}");
            html.Add($"<li>Kiểu bài: {(post.Kind == FacebookPostKind.Photo ? "bài ảnh (1 ảnh)" : "bài viết kèm liên kết")}</li><li>Ảnh: {(post.PhotoUrl is null ? "không" : "ảnh bìa")}</li></ul>");
            html.Add($"<div class=\"dien-thoai\"><p class=\"fb\">{post.Message}</p></div>");
        }
        else
        {
            html.Add($"<p class=\"nho\">Kênh Facebook chưa được cài đặt.</p>");
        }

        html.Add($"</section><section class=\"xt\" id=\"xt-radio\" data-kenh=\"radio\"><h3>Loa truyền thanh</h3>");
        var minutes = result.Minutes;
        html.Add($"<p class=\"nho\">{result.Syllables} âm tiết, khoảng {minutes.ToString("0.0", CultureInfo.GetCultureInfo("vi-VN"))} phút đọc. Chữ <mark>tô màu</mark> là chữ bộ đọc đã đổi (rê chuột để xem chữ viết).</p>");
        foreach (var warning in check.Diagnostics.Where(d => d.Code == "SPEECH010"))
        {
            html.Add($"<p class=\"bao canh\">{warning.Message}</p>");
        }

        if (result.NoAudio is { } noAudio)
        {
            html.Add($"<p class=\"nho\">Không nghe thử được: {noAudio}</p>");
        }
        else
        {
            html.Add($"<audio id=\"nghe-thu\" controls preload=\"none\" src=\"/bai-viet/am-thanh?k={result.AudioKey}\"></audio>");
        }

        html.Add($"<div class=\"kich-ban\">");
        foreach (var paragraph in result.Radio)
        {
            html.Add($"<p>");
            foreach (var word in paragraph)
            {
                html.Add(word.Written is null
                    ? HtmlBuilder.Of($"{word.Spoken} ")
                    : HtmlBuilder.Of($"<mark title=\"Viết: {word.Written}\">{word.Spoken}</mark> "));
            }

            html.Add($"</p>");
        }

        html.Add($"</div></section></div>");
        return html.ToHtml();
    }

    private static HtmlText Limit(string what, int length, int max) =>
        HtmlBuilder.Of($"<li class=\"{(length > max ? "vuot" : "dat")}\">{what}: {length}/{max} ký tự{(length > max ? " — quá dài, sẽ bị cắt" : "")}</li>");
}
