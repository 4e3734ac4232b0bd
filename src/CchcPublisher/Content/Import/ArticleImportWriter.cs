using System.Globalization;
using System.Text;
using CchcPublisher.Common;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Slugs;

namespace CchcPublisher.Content.Import;

/// <summary>
/// Turns a Word document into a draft article file (<c>status: draft</c>) with its images beside it. Nothing
/// existing is overwritten: a taken name gets "-2", "-3"… Every file is written atomically.
/// </summary>
internal static class ArticleImportWriter
{
    public static async Task<ImportOutcome> ImportAsync(
        string docxPath, string targetFolder, CategoryTaxonomy taxonomy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docxPath);
        ArgumentNullException.ThrowIfNull(targetFolder);
        if (!string.Equals(Path.GetExtension(docxPath), ".docx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportException(Path.GetExtension(docxPath).Equals(".doc", StringComparison.OrdinalIgnoreCase)
                ? "Tệp .doc (Word 97-2003) chưa nhập được. Hãy mở bằng Word và chọn Lưu thành (Save As) kiểu \"Word Document (*.docx)\"."
                : "Chỉ nhập được tệp Word .docx.");
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(docxPath, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"Không đọc được tệp (có thể tệp đang mở trong Word hoặc không có quyền đọc): {ex.GetType().Name}.", ex);
        }

        Directory.CreateDirectory(targetFolder);
        var fileStem = Path.GetFileNameWithoutExtension(docxPath);
        string? slug = null;
        ImportedArticle article;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            article = DocxArticleReader.Read(stream, fileStem, title =>
            {
                slug = FreeSlug(targetFolder, title, fileStem);
                return slug;
            });
        }

        slug ??= FreeSlug(targetFolder, article.Title, fileStem);
        foreach (var image in article.Images)
        {
            await AtomicFile.WriteAllBytesAsync(Path.Combine(targetFolder, image.FileName), image.Content, cancellationToken);
        }

        var category = CategoryGuesser.Guess(taxonomy, article.Title, article.Body);
        var path = Path.Combine(targetFolder, slug + ".md");
        await AtomicFile.WriteAllTextAsync(path, Compose(article, Path.GetFileName(docxPath), category, taxonomy, now), cancellationToken);
        return new ImportOutcome(path, article, category);
    }

    /// <summary>The Markdown file: front matter (with comments saying where it came from and what to check) and body.</summary>
    public static string Compose(ImportedArticle article, string sourceName, string category, CategoryTaxonomy taxonomy, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"# Nhập từ tệp Word \"{OneLine(sourceName)}\" lúc {now:HH:mm dd/MM/yyyy}. Đây là bản nháp: kiểm tra nội dung,\n");
        text.Append(CultureInfo.InvariantCulture, $"# thể loại (máy đoán: {OneLine(taxonomy.Label(category))}) và kênh, rồi xóa dòng \"status: draft\" để đăng.\n");
        foreach (var encoding in article.LegacyEncodings.Order())
        {
            text.Append(encoding == LegacyEncoding.Tcvn3
                ? "# Văn bản gõ bằng bảng mã TCVN3 (ABC, phông .Vn…) đã được chuyển sang Unicode; hãy đọc soát lại.\n"
                : "# Văn bản gõ bằng bảng mã VNI (phông VNI-…) đã được chuyển sang Unicode; hãy đọc soát lại.\n");
        }

        if (article.Heading is { } heading && (heading.Number ?? heading.PlaceAndDate) is not null)
        {
            var parts = new[] { heading.Number is null ? null : "số " + heading.Number, heading.PlaceAndDate }.Where(p => p is not null);
            text.Append(CultureInfo.InvariantCulture, $"# Văn bản gốc: {OneLine(string.Join("; ", parts))}.\n");
        }

        text.Append("title: ").Append(Quote(article.Title)).Append('\n');
        text.Append("categories: [").Append(category).Append("]\n");
        text.Append("status: draft\n");
        if (article.Summary is { } summary)
        {
            text.Append("summary: ").Append(Quote(summary)).Append('\n');
        }

        if (article.Heading?.IssuingBody is { } author)
        {
            text.Append("author: ").Append(Quote(author)).Append('\n');
        }

        text.Append("---\n");
        text.Append(article.Body.Length > 0 ? article.Body : "(Tài liệu Word không có nội dung ngoài tiêu đề.)").Append('\n');
        return text.ToString();
    }

    private static string FreeSlug(string folder, string title, string fileStem)
    {
        var stem = Slugifier.Slugify(title) is { Length: > 0 } fromTitle ? fromTitle
            : Slugifier.Slugify(fileStem) is { Length: > 0 } fromFile ? fromFile
            : "bai-nhap";
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? stem : $"{stem}-{n}";
            var taken = File.Exists(Path.Combine(folder, candidate + ".md"))
                || Directory.EnumerateFiles(folder, candidate + "-anh-*").Any();
            if (!taken)
            {
                return candidate;
            }
        }
    }

    /// <summary>A YAML double-quoted scalar: safe whatever the text holds (colons, quotes, "#").</summary>
    private static string Quote(string value) =>
        "\"" + OneLine(value).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
