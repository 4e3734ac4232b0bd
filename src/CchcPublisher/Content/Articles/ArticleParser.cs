using System.Security.Cryptography;
using System.Text;
using CchcPublisher.Channels;
using CchcPublisher.Common;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Content.Slugs;
using CchcPublisher.Content.Text;
using CchcPublisher.Content.Yaml;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Content.Articles;

/// <summary>
/// Parses one Markdown file into an <see cref="Article"/>. Never throws on bad input: every problem becomes a
/// diagnostic located in the file (line and column as an editor shows them), and the article is returned only
/// when there is no error. Thread-safe: one instance parses many files in parallel.
/// </summary>
internal sealed class ArticleParser(IOptions<ContentOptions> contentOptions, IOptions<CommuneOptions> communeOptions)
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".gif"];

    private readonly Lazy<TimeZoneInfo> _zone = new(() => communeOptions.Value.GetTimeZone());

    /// <summary>The settings a parse depends on besides the file and the categories: two parses with one key agree.</summary>
    public string SettingsKey => string.Join(",", contentOptions.Value.DefaultChannels) + "|" + communeOptions.Value.TimeZone;

    public ArticleParseResult Parse(ArticleSource source, CategoryTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var diagnostics = new DiagnosticBag(source.DisplayPath);
        var bytes = source.Bytes.Span;
        var bomLength = SourceTextDecoder.BomLength(bytes);

        // The usual file (LF, UTF-8, Vietnamese text) is split in its bytes and only its two parts are decoded; it is
        // then already the normalized text the hash is made of. Any other file is decoded whole, which reports
        // every problem and repairs the line endings.
        var split = FrontMatterSplitter.TrySplitUtf8(bytes[bomLength..]);
        string? textToHash = null;
        var textIsNfc = true;
        if (split is null || !NfcText.IsInQuickRanges(split.Yaml) || !NfcText.IsInQuickRanges(split.Body))
        {
            var decoded = SourceTextDecoder.Decode(bytes, diagnostics);
            split = decoded is null ? null : FrontMatterSplitter.Split(decoded.Text, diagnostics);
            if (decoded is null || split is null)
            {
                return new ArticleParseResult(null, diagnostics.ToSortedList());
            }

            textIsNfc = NfcText.IsNormalized(decoded.Text);
            textToHash = TextToHash(decoded, textIsNfc);
        }

        // Markdig refuses a body nested deeper than its limit, which would fail every publication of the article
        // (and the radio program it is part of); a scan of the lines clears almost every body without a parse.
        if (string.IsNullOrWhiteSpace(split.Body))
        {
            diagnostics.Error(split.ClosingLine, 1, DiagnosticCodes.EmptyBody,
                $"Bài viết chưa có nội dung. Hãy viết nội dung bài bên dưới dòng \"---\" ở dòng {split.ClosingLine}.");
        }

        else if (!MarkdownNesting.CanRender(split.Body))
        {
            diagnostics.Error(split.BodyLine, 1, DiagnosticCodes.BodyUnrenderable,
                "Nội dung bài có trích dẫn (dấu \">\" đầu dòng), danh sách hoặc chữ đậm, nghiêng, liên kết lồng vào nhau quá nhiều lớp nên không hiển thị được trên kênh nào. Hãy bớt các lớp lồng nhau.");
        }

        if (!YamlTreeReader.TryRead(split.Yaml, split.YamlLine, diagnostics, out var root))
        {
            return new ArticleParseResult(null, diagnostics.ToSortedList());
        }

        if (root is not null and not YamlMap)
        {
            diagnostics.Error(root.Line, root.Column, DiagnosticCodes.NotAMapping,
                $"Phần đầu bài phải gồm các dòng \"khóa: giá trị\" (ví dụ \"title: Tiêu đề bài\"), không phải {root.KindLabel}.");
            return new ArticleParseResult(null, diagnostics.ToSortedList());
        }

        var fields = YamlFields.Index(root as YamlMap ?? new YamlMap([], split.YamlLine, 1), FrontMatterKeys.All, diagnostics, misspellingIsError: true);
        var title = ReadTitle(fields, diagnostics);
        var categories = ReadCategories(fields, taxonomy, diagnostics);
        var publishAt = fields.TryGetValue(FrontMatterKeys.PublishAt, out var publishEntry) ? ReadPublishAt(publishEntry, diagnostics) : null;
        var (channels, channelsExplicit) = ReadChannels(fields, diagnostics);
        var summary = YamlFields.Text(fields, FrontMatterKeys.Summary, diagnostics);
        var author = CollapseSpaces(YamlFields.Text(fields, FrontMatterKeys.Author, diagnostics));
        var cover = ReadCover(fields, source.FullPath, diagnostics);
        var planTask = CollapseSpaces(YamlFields.Text(fields, FrontMatterKeys.PlanTask, diagnostics));
        var unit = CollapseSpaces(YamlFields.Text(fields, FrontMatterKeys.Unit, diagnostics));
        var status = ReadStatus(fields, diagnostics);
        var (id, idLine, idColumn) = ReadId(fields, source.RelativePath, diagnostics);

        if (diagnostics.HasErrors || title is null || id is null)
        {
            return new ArticleParseResult(null, diagnostics.ToSortedList(), idLine, idColumn);
        }

        var slug = Slugifier.Slugify(title);
        var article = new Article
        {
            Id = id,
            SourcePath = source.FullPath,
            RelativePath = source.RelativePath,
            Title = title,
            Categories = categories,
            PublishAt = publishAt,
            Channels = channels,
            ChannelsExplicit = channelsExplicit,
            Summary = summary,
            Author = author,
            CoverPath = cover,
            PlanTask = planTask,
            Unit = unit,
            Status = status,
            // The body follows a line feed, so it is in NFC whenever the whole text is (one check, made for the hash).
            Body = textIsNfc ? split.Body : YamlFields.Nfc(split.Body),
            BodyLine = split.BodyLine,
            Slug = slug.Length > 0 ? slug : id[(id.LastIndexOf('/') + 1)..],
            ContentHash = Hash(bytes[bomLength..], textToHash),
            ModifiedAt = source.ModifiedAt,
        };
        return new ArticleParseResult(article, diagnostics.ToSortedList(), idLine, idColumn);
    }

    /// <summary>
    /// The body of a file parsed before into an article of version <paramref name="contentHash"/>, read again without
    /// the front matter's checks (the body of an article kept on disk, see <see cref="ContentLoader"/>).
    /// </summary>
    /// <exception cref="ArticleChangedException">The file is no longer that version.</exception>
    public static string ReadBody(ReadOnlySpan<byte> bytes, string contentHash, string sourcePath)
    {
        var diagnostics = new DiagnosticBag(sourcePath);
        var decoded = SourceTextDecoder.Decode(bytes, diagnostics);
        if (decoded is null || !string.Equals(Hash(bytes[decoded.BomLength..], TextToHash(decoded, NfcText.IsNormalized(decoded.Text))), contentHash, StringComparison.Ordinal) ||
            FrontMatterSplitter.Split(decoded.Text, diagnostics) is not { } split)
        {
            throw new ArticleChangedException($"Tệp \"{sourcePath}\" đã được sửa sau khi chương trình đọc danh sách bài; lần đọc sau sẽ dùng bản mới.")
            {
                SourcePath = sourcePath,
            };
        }

        return YamlFields.Nfc(split.Body);
    }

    private static string? ReadTitle(Dictionary<string, YamlEntry> fields, DiagnosticBag diagnostics)
    {
        var title = CollapseSpaces(YamlFields.Text(fields, FrontMatterKeys.Title, diagnostics));
        if (title is null && !HasWrongShape(fields, FrontMatterKeys.Title, listAllowed: false))
        {
            var (line, column) = fields.TryGetValue(FrontMatterKeys.Title, out var entry) ? (entry.Line, entry.Column) : (1, 1);
            diagnostics.Error(line, column, DiagnosticCodes.MissingTitle,
                "Bài viết chưa có tiêu đề. Thêm dòng \"title: Tiêu đề bài viết\" vào phần đầu bài (giữa hai dòng \"---\").");
        }

        return title;
    }

    private static List<string> ReadCategories(Dictionary<string, YamlEntry> fields, CategoryTaxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var items = YamlFields.List(fields, FrontMatterKeys.Categories, diagnostics);
        if (items is null || items.Count == 0)
        {
            if (items is not null || !HasWrongShape(fields, FrontMatterKeys.Categories, listAllowed: true))
            {
                var (line, column) = fields.TryGetValue(FrontMatterKeys.Categories, out var entry) ? (entry.Line, entry.Column) : (1, 1);
                diagnostics.Error(line, column, DiagnosticCodes.MissingCategories,
                    $"Bài viết chưa có chuyên mục. Thêm dòng \"categories: [thu-tuc-hanh-chinh]\" với một hoặc nhiều mã chuyên mục; các mã hợp lệ: {string.Join(", ", taxonomy.All.Select(c => c.Key))}.");
            }

            return [];
        }

        var keys = new List<string>(items.Count);
        foreach (var item in items)
        {
            var key = item.Text.ToLowerInvariant();
            if (!taxonomy.Contains(key))
            {
                diagnostics.Error(item.Line, item.Column, DiagnosticCodes.UnknownCategory, taxonomy.UnknownKeyMessage(item.Text));
            }
            else if (keys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Warning(item.Line, item.Column, DiagnosticCodes.DuplicateListItem,
                    $"Chuyên mục \"{key}\" được ghi hai lần; chỉ tính một lần.");
            }
            else
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private DateTimeOffset? ReadPublishAt(YamlEntry entry, DiagnosticBag diagnostics)
    {
        switch (entry.Value)
        {
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return PublishAtParser.Parse(scalar, _zone.Value, diagnostics);
            default:
                diagnostics.Error(entry.Value.Line, entry.Value.Column, DiagnosticCodes.WrongType,
                    $"\"publish_at\" phải là một ngày giờ (ví dụ 2026-12-07 07:30), không phải {entry.Value.KindLabel}.");
                return null;
        }
    }

    private (IReadOnlyList<string> Channels, bool Explicit) ReadChannels(Dictionary<string, YamlEntry> fields, DiagnosticBag diagnostics)
    {
        var items = YamlFields.List(fields, FrontMatterKeys.Channels, diagnostics);
        if (items is null)
        {
            return (contentOptions.Value.DefaultChannels, false);
        }

        if (items.Count == 0)
        {
            var entry = fields[FrontMatterKeys.Channels];
            diagnostics.Error(entry.Value.Line, entry.Value.Column, DiagnosticCodes.EmptyChannels,
                $"Danh sách kênh đang rỗng. Ghi ít nhất một kênh ({string.Join(", ", ChannelNames.All)}), xóa dòng \"channels\" để dùng các kênh mặc định, hoặc đặt \"status: draft\" nếu chưa muốn đăng.");
            return ([], true);
        }

        var channels = new List<string>(items.Count);
        foreach (var item in items)
        {
            var name = item.Text.ToLowerInvariant();
            if (!ChannelNames.All.Contains(name, StringComparer.Ordinal))
            {
                var suggestion = NearestMatch.Find(name, ChannelNames.All);
                diagnostics.Error(item.Line, item.Column, DiagnosticCodes.UnknownChannel,
                    $"Kênh \"{item.Text}\" không tồn tại. "
                    + (suggestion is null ? string.Empty : $"Có phải ý bạn là \"{suggestion}\"? ")
                    + $"Các kênh hợp lệ: {string.Join(", ", ChannelNames.All)}.");
            }
            else if (channels.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Warning(item.Line, item.Column, DiagnosticCodes.DuplicateListItem,
                    $"Kênh \"{name}\" được ghi hai lần; chỉ đăng một lần.");
            }
            else
            {
                channels.Add(name);
            }
        }

        return (channels, true);
    }

    private static string? ReadCover(Dictionary<string, YamlEntry> fields, string articlePath, DiagnosticBag diagnostics)
    {
        var cover = YamlFields.Text(fields, FrontMatterKeys.Cover, diagnostics);
        if (cover is null)
        {
            return null;
        }

        var value = fields[FrontMatterKeys.Cover].Value;
        if (cover.Contains("://", StringComparison.Ordinal))
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.CoverInvalid,
                $"Ảnh bìa \"{cover}\" là địa chỉ web. Hãy tải ảnh về, đặt cạnh tệp bài viết và ghi tên tệp ảnh (ví dụ \"cover: anh-bia.jpg\").");
            return null;
        }

        if (!ImageExtensions.Contains(Path.GetExtension(cover).ToLowerInvariant(), StringComparer.Ordinal))
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.CoverInvalid,
                $"Ảnh bìa \"{cover}\" không phải tệp ảnh được hỗ trợ. Dùng ảnh {string.Join(", ", ImageExtensions)}.");
            return null;
        }

        var folder = Path.GetDirectoryName(articlePath) ?? ".";
        var fullPath = Path.GetFullPath(Path.Combine(folder, cover));
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.CoverNotFound,
                $"Không tìm thấy ảnh bìa \"{cover}\" (tìm tại {fullPath}). Đường dẫn ảnh tính từ thư mục chứa bài viết; kiểm tra tên tệp, chữ hoa/thường và phần mở rộng.");
            return null;
        }

        return fullPath;
    }

    private static ArticleStatus ReadStatus(Dictionary<string, YamlEntry> fields, DiagnosticBag diagnostics)
    {
        var status = YamlFields.Text(fields, FrontMatterKeys.Status, diagnostics);
        switch (status?.ToLowerInvariant())
        {
            case null or "ready":
                return ArticleStatus.Ready;
            case "draft":
                return ArticleStatus.Draft;
            default:
                var value = fields[FrontMatterKeys.Status].Value;
                var suggestion = NearestMatch.Find(status, ["ready", "draft"]);
                diagnostics.Error(value.Line, value.Column, DiagnosticCodes.InvalidStatus,
                    $"Trạng thái \"{status}\" không hợp lệ: chỉ dùng \"ready\" (sẵn sàng đăng, mặc định) hoặc \"draft\" (bản nháp, không đăng)."
                    + (suggestion is null ? string.Empty : $" Có phải ý bạn là \"{suggestion}\"?"));
                return ArticleStatus.Ready;
        }
    }

    private static (string? Id, int Line, int Column) ReadId(Dictionary<string, YamlEntry> fields, string relativePath, DiagnosticBag diagnostics)
    {
        var id = YamlFields.Text(fields, FrontMatterKeys.Id, diagnostics);
        if (id is not null)
        {
            var value = fields[FrontMatterKeys.Id].Value;
            if (ArticleIds.IsValid(id))
            {
                return (id, value.Line, value.Column);
            }

            var suggestion = ArticleIds.Suggest(id);
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.InvalidId,
                $"Mã bài \"{id}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số, dấu gạch nối '-' và dấu '/' (tối đa {ArticleIds.MaxLength} ký tự)."
                + (suggestion is null ? string.Empty : $" Ví dụ: \"{suggestion}\"."));
            return (null, value.Line, value.Column);
        }

        if (HasWrongShape(fields, FrontMatterKeys.Id, listAllowed: false))
        {
            return (null, 1, 1);
        }

        var derived = ArticleIds.Derive(relativePath);
        if (derived is null)
        {
            diagnostics.Error(1, 1, DiagnosticCodes.InvalidId,
                "Không tạo được mã bài từ tên tệp (tên tệp hoặc thư mục không có chữ cái hay chữ số). Đổi tên tệp, hoặc thêm dòng \"id: ma-bai-viet\" vào phần đầu bài.");
        }

        return (derived, 1, 1);
    }

    /// <summary>True when the key is present with a shape already reported as <see cref="DiagnosticCodes.WrongType"/>.</summary>
    private static bool HasWrongShape(Dictionary<string, YamlEntry> fields, string key, bool listAllowed) =>
        fields.TryGetValue(key, out var entry) && entry.Value is not YamlScalar && !(listAllowed && entry.Value is YamlList);

    private static string? CollapseSpaces(string? text) => text is null ? null : WhiteSpaceText.Collapse(text);

    /// <summary>
    /// The text the content hash is made of when it differs from the file's bytes after the BOM (line endings
    /// changed, or not in NFC); <c>null</c> when those bytes are that text.
    /// </summary>
    private static string? TextToHash(SourceText decoded, bool textIsNfc) =>
        !decoded.LineEndingsChanged && textIsNfc ? null : textIsNfc ? decoded.Text : NfcText.Normalize(decoded.Text);

    /// <summary>SHA-256 (lower-case hex) of the normalized text (no BOM, LF, NFC): <paramref name="textToHash"/>, or the content bytes when they already are that text.</summary>
    private static string Hash(ReadOnlySpan<byte> content, string? textToHash)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(textToHash is null ? content : Encoding.UTF8.GetBytes(textToHash), hash);
        return Convert.ToHexStringLower(hash);
    }
}
