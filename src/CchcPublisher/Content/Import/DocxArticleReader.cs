using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Vml = DocumentFormat.OpenXml.Vml;
using WordprocessingDrawing = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace CchcPublisher.Content.Import;

/// <summary>
/// Reads a Word document (.docx) as an article: title, Markdown body (headings, bold/italic, lists, tables, links,
/// images), text converted from legacy TCVN3/VNI fonts and normalised to NFC, the administrative heading block
/// kept out of the body. One pass over the document builds blocks; the title is chosen from them; the rest is
/// written as Markdown.
/// </summary>
internal sealed class DocxArticleReader
{
    private const int MaxTitleLength = 250;

    private readonly MainDocumentPart main;
    private readonly DocxFormatting formatting;
    private readonly HashSet<LegacyEncoding> legacyEncodings = [];
    private readonly List<ImportedImage> images = [];
    private readonly Dictionary<string, string> imageNames = new(StringComparer.Ordinal);
    private readonly List<string> skippedImages = [];
    private string imagePrefix = "anh";

    private DocxArticleReader(MainDocumentPart main)
    {
        this.main = main;
        formatting = new DocxFormatting(main);
    }

    /// <summary>Reads <paramref name="docx"/>; <paramref name="imagePrefixFor"/> turns the chosen title into the prefix of
    /// the image file names (the article's slug), so images of different articles never share a name.</summary>
    /// <exception cref="ImportException">The file is not a Word document that can be read.</exception>
    public static ImportedArticle Read(Stream docx, string fallbackTitle, Func<string, string> imagePrefixFor)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(imagePrefixFor);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(docx, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or System.Xml.XmlException)
        {
            throw new ImportException("Tệp không phải tài liệu Word (.docx) đọc được. Nếu là tệp .doc cũ, hãy mở bằng Word và chọn Lưu thành (Save As) kiểu \"Word Document (*.docx)\".", ex);
        }

        using (document)
        {
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                throw new ImportException("Tài liệu Word không có nội dung.");
            }

            var reader = new DocxArticleReader(document.MainDocumentPart);
            try
            {
                return reader.ReadBody(body, fallbackTitle, imagePrefixFor);
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or InvalidOperationException)
            {
                throw new ImportException("Tài liệu Word bị hỏng, không đọc hết được. Hãy mở bằng Word, lưu lại rồi nhập lại.", ex);
            }
        }
    }

    private ImportedArticle ReadBody(Body body, string fallbackTitle, Func<string, string> imagePrefixFor)
    {
        var blocks = BlocksOf(body).ToList();
        var heading = TakeHeading(blocks);
        var (title, summary) = TakeTitle(blocks, fallbackTitle);
        imagePrefix = imagePrefixFor(title);
        var markdown = new StringBuilder();
        var headingShift = HeadingShift(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is Paragraph paragraph)
            {
                i = WriteParagraphs(blocks, i, markdown, headingShift);
            }
            else if (block is Table table)
            {
                WriteTable(table, markdown);
            }
        }

        var skipped = skippedImages.Count == 0
            ? string.Empty
            : $"\n\n<!-- {skippedImages.Count} ảnh trong tệp Word có định dạng web không hiển thị được ({string.Join(", ", skippedImages.Distinct())}); hãy lưu lại thành PNG hoặc JPG rồi chèn vào. -->";
        return new ImportedArticle(
            title,
            summary,
            (markdown.ToString().Trim() + skipped).Normalize(NormalizationForm.FormC),
            images,
            heading,
            legacyEncodings);
    }

    /// <summary>Paragraphs and tables in reading order; content controls are looked into.</summary>
    private static IEnumerable<OpenXmlElement> BlocksOf(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph or Table:
                    yield return element;
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    foreach (var inner in BlocksOf(content))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private DocumentHeading? TakeHeading(List<OpenXmlElement> blocks)
    {
        // A heading table: the first table among the first few blocks, holding the national motto.
        var tableIndex = blocks.Take(4).ToList().FindIndex(b => b is Table);
        if (tableIndex >= 0 && blocks.Take(tableIndex).All(b => b is Paragraph p && PlainText(p).Trim().Length == 0))
        {
            var table = (Table)blocks[tableIndex];
            var lines = TableLines(table).ToList();
            if (DocumentHeadingReader.IsHeadingText(lines))
            {
                blocks.RemoveRange(0, tableIndex + 1);
                while (blocks.Count > 0 && blocks[0] is Paragraph p && IsBlankOrHeadingLine(PlainText(p)))
                {
                    lines.Add(PlainText(p));
                    blocks.RemoveAt(0);
                }

                return DocumentHeadingReader.Parse(lines);
            }
        }

        // A heading typed as paragraphs: everything up to the last heading line among the first paragraphs.
        var first = blocks.Take(12).TakeWhile(b => b is Paragraph).Cast<Paragraph>().Select(PlainText).ToList();
        if (!DocumentHeadingReader.IsHeadingText(first))
        {
            return null;
        }

        var end = first.FindLastIndex(DocumentHeadingReader.IsHeadingLine);
        var headingLines = first.Take(end + 1).ToList();
        blocks.RemoveRange(0, end + 1);
        return DocumentHeadingReader.Parse(headingLines);
    }

    private (string Title, string? Summary) TakeTitle(List<OpenXmlElement> blocks, string fallbackTitle)
    {
        SkipBlankParagraphs(blocks, 0);

        // "THÔNG BÁO" + "Về việc …": the kind and the summary line make the title.
        if (blocks.Count > 0 && blocks[0] is Paragraph kindParagraph && DocumentHeadingReader.KindOf(PlainText(kindParagraph)) is { } kind)
        {
            blocks.RemoveAt(0);
            SkipBlankParagraphs(blocks, 0);
            if (blocks.Count > 0 && blocks[0] is Paragraph subject && PlainText(subject).Trim() is { Length: > 0 and <= MaxTitleLength } line)
            {
                blocks.RemoveAt(0);
                SkipBlankParagraphs(blocks, 0);
                var about = line.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) ? "Về việc" + line[3..] : line;
                var summary = about.StartsWith("Về việc", StringComparison.OrdinalIgnoreCase) ? about : null;
                return ($"{kind} {char.ToLowerInvariant(about[0])}{about[1..]}".TrimEnd('.', ' '), summary);
            }

            return (kind, null);
        }

        // The first heading.
        var headingIndex = blocks.FindIndex(b => b is Paragraph p && formatting.HeadingLevelOf(p) is not null && PlainText(p).Trim().Length > 0);
        if (headingIndex >= 0 && PlainText((Paragraph)blocks[headingIndex]).Trim() is { Length: <= MaxTitleLength } headingText)
        {
            blocks.RemoveAt(headingIndex);
            return (headingText, null);
        }

        // The largest of the first paragraphs (a title typed in a bigger font).
        var candidates = blocks.Take(5).Select((b, i) => (Block: b, Index: i))
            .Where(c => c.Block is Paragraph p && PlainText(p).Trim().Length is > 0 and <= MaxTitleLength)
            .Select(c => (c.Index, Size: MaxSize((Paragraph)c.Block)))
            .ToList();
        if (candidates.Count > 0)
        {
            var largest = candidates.MaxBy(c => c.Size);
            var bodySize = blocks.OfType<Paragraph>().Skip(largest.Index + 1).Select(MaxSize).DefaultIfEmpty(largest.Size).Max();
            if (largest.Size > bodySize || largest.Index == 0)
            {
                var text = PlainText((Paragraph)blocks[largest.Index]).Trim();
                blocks.RemoveAt(largest.Index);
                return (text, null);
            }
        }

        return (fallbackTitle, null);
    }

    private int WriteParagraphs(List<OpenXmlElement> blocks, int index, StringBuilder markdown, int headingShift)
    {
        var paragraph = (Paragraph)blocks[index];
        var plain = PlainText(paragraph).Trim();
        if (plain.StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase) && index > blocks.Count / 2)
        {
            // The recipients list of an administrative document is not for citizens.
            while (index + 1 < blocks.Count && blocks[index + 1] is Paragraph next && PlainText(next).TrimStart() is var t
                   && (t.Length == 0 || t[0] is '-' or '+' or '–' or '•'))
            {
                index++;
            }

            return index;
        }

        if (DocumentHeadingReader.IsSeparator(plain))
        {
            return index;
        }

        if (formatting.ListItemOf(paragraph) is { } item)
        {
            var text = Inline(paragraph, lineBreaks: false);
            if (text.Length > 0)
            {
                var marker = item.Ordered ? "1. " : "- ";
                var indent = new string(' ', item.Level * (item.Ordered ? 3 : 2));
                markdown.Append(indent).Append(marker).Append(text).Append('\n');
                var nextIsItem = index + 1 < blocks.Count && blocks[index + 1] is Paragraph next && formatting.ListItemOf(next) is not null;
                if (!nextIsItem)
                {
                    markdown.Append('\n');
                }
            }

            return index;
        }

        var inline = Inline(paragraph, lineBreaks: true);
        if (inline.Length == 0)
        {
            return index;
        }

        if (formatting.HeadingLevelOf(paragraph) is { } level && plain.Length <= MaxTitleLength)
        {
            var hashes = new string('#', Math.Clamp(level + headingShift, 2, 6));
            markdown.Append(hashes).Append(' ').Append(Inline(paragraph, lineBreaks: false)).Append("\n\n");
            return index;
        }

        markdown.Append(inline).Append("\n\n");
        return index;
    }

    private void WriteTable(Table table, StringBuilder markdown)
    {
        var rows = table.Elements<TableRow>().Select(row => CellsOf(row).ToList()).Where(r => r.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var recipients = rows.SelectMany(r => r).FirstOrDefault(c => PlainTextOf(c).TrimStart().StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase));
        if (recipients is not null || rows.Count == 1 && rows[0].Count == 1 || rows.Max(r => r.Count) == 1)
        {
            // A signature table (recipients | signer) or a one-column box: its paragraphs are ordinary text.
            foreach (var cell in rows.SelectMany(r => r).Where(c => c is not null && c != recipients).Select(c => c!))
            {
                var lines = cell.Elements<Paragraph>().Select(p => Inline(p, lineBreaks: false)).Where(l => l.Length > 0).ToList();
                if (lines.Count > 0)
                {
                    markdown.Append(string.Join("\\\n", lines)).Append("\n\n");
                }
            }

            return;
        }

        var width = rows.Max(r => r.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Select(CellText).Concat(Enumerable.Repeat(string.Empty, width - rows[r].Count));
            markdown.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (r == 0)
            {
                markdown.Append('|').Append(string.Join('|', Enumerable.Repeat(" --- ", width))).Append("|\n");
            }
        }

        markdown.Append('\n');
    }

    /// <summary>Cells of a row, a merged cell repeated as empty cells so that columns line up.</summary>
    private static IEnumerable<TableCell?> CellsOf(TableRow row)
    {
        foreach (var cell in row.Elements<TableCell>())
        {
            var continued = cell.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            yield return continued ? null : cell;
            for (var span = (cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1) - 1; span > 0; span--)
            {
                yield return null;
            }
        }
    }

    private string CellText(TableCell? cell)
    {
        if (cell is null)
        {
            return string.Empty;
        }

        var parts = cell.Descendants<Paragraph>().Select(p => Inline(p, lineBreaks: false)).Where(t => t.Length > 0).ToList();
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (builder.Length > 0)
            {
                builder.Append(char.IsPunctuation(builder[^1]) ? " " : "; ");
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private IEnumerable<string> TableLines(Table table) =>
        table.Elements<TableRow>().SelectMany(CellsOf).Where(c => c is not null)
            .SelectMany(c => c!.Descendants<Paragraph>()).Select(PlainText);

    private string PlainTextOf(TableCell? cell) =>
        cell is null ? string.Empty : string.Join('\n', cell.Descendants<Paragraph>().Select(PlainText));

    private int HeadingShift(List<OpenXmlElement> blocks)
    {
        var levels = blocks.OfType<Paragraph>()
            .Where(p => formatting.ListItemOf(p) is null && PlainText(p).Trim().Length is > 0 and <= MaxTitleLength)
            .Select(formatting.HeadingLevelOf).Where(l => l is not null).Select(l => l!.Value).ToList();
        return levels.Count == 0 ? 0 : 2 - levels.Min();
    }

    private void SkipBlankParagraphs(List<OpenXmlElement> blocks, int index)
    {
        while (index < blocks.Count && blocks[index] is Paragraph p && PlainText(p) is var text
               && (text.Trim().Length == 0 || DocumentHeadingReader.IsSeparator(text)) && !p.Descendants<A.Blip>().Any())
        {
            blocks.RemoveAt(index);
        }
    }

    private static bool IsBlankOrHeadingLine(string text) =>
        text.Trim().Length == 0 || DocumentHeadingReader.IsHeadingLine(text);

    private int MaxSize(Paragraph paragraph) =>
        paragraph.Descendants<Run>().Where(r => r.Descendants<WordText>().Any()).Select(r => formatting.SizeOf(r, paragraph)).DefaultIfEmpty(0).Max();

    /// <summary>The paragraph's text, converted from its legacy fonts, without formatting.</summary>
    private string PlainText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var run in VisibleRuns(paragraph))
        {
            var font = LegacyFont.FromFontName(formatting.FontOf(run, paragraph));
            foreach (var child in run.ChildElements)
            {
                builder.Append(child switch
                {
                    WordText text => Convert(text.Text, font),
                    TabChar => " ",
                    Break or CarriageReturn => "\n",
                    NoBreakHyphen => "-",
                    _ => string.Empty,
                });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The paragraph as Markdown inline text: emphasis, links and images; escaped; NFC.</summary>
    private string Inline(Paragraph paragraph, bool lineBreaks)
    {
        var segments = new List<InlineSegment>();
        Collect(paragraph, paragraph, link: null, segments);
        return InlineSegment.Render(segments, lineBreaks).Normalize(NormalizationForm.FormC);
    }

    private void Collect(OpenXmlElement element, Paragraph paragraph, string? link, List<InlineSegment> segments)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or DeletedRun or MoveFromRun:
                    break;
                case Run run:
                    CollectRun(run, paragraph, link, segments);
                    break;
                case Hyperlink hyperlink:
                    var url = hyperlink.Id?.Value is { } id
                        ? main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri is { IsAbsoluteUri: true } uri
                          && uri.Scheme is "http" or "https" or "mailto" ? uri.AbsoluteUri : null
                        : null;
                    Collect(hyperlink, paragraph, url ?? link, segments);
                    break;
                default:
                    Collect(child, paragraph, link, segments);
                    break;
            }
        }
    }

    private void CollectRun(Run run, Paragraph paragraph, string? link, List<InlineSegment> segments)
    {
        var properties = run.RunProperties;
        if (IsOn(properties?.Vanish))
        {
            return;
        }

        var bold = IsOn(properties?.Bold);
        var italic = IsOn(properties?.Italic);
        var font = LegacyFont.FromFontName(formatting.FontOf(run, paragraph));
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case WordText text:
                    segments.Add(new InlineSegment(Convert(text.Text, font), bold, italic, link));
                    break;
                case TabChar:
                    segments.Add(new InlineSegment(" ", bold, italic, link));
                    break;
                case NoBreakHyphen:
                    segments.Add(new InlineSegment("-", bold, italic, link));
                    break;
                case Break { Type: null } or CarriageReturn:
                    segments.Add(InlineSegment.LineBreak);
                    break;
                case Drawing drawing:
                    AddImage(drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value,
                        drawing.Descendants<WordprocessingDrawing.DocProperties>().FirstOrDefault() is { } docProperties
                            ? docProperties.Description?.Value ?? docProperties.Title?.Value
                            : null,
                        segments);
                    break;
                case Picture picture:
                    AddImage(picture.Descendants<Vml.ImageData>().FirstOrDefault()?.RelationshipId?.Value, null, segments);
                    break;
            }
        }
    }

    private void AddImage(string? relationshipId, string? description, List<InlineSegment> segments)
    {
        if (relationshipId is null || main.Parts.FirstOrDefault(p => p.RelationshipId == relationshipId).OpenXmlPart is not ImagePart part)
        {
            return;
        }

        var extension = part.ContentType switch
        {
            "image/png" => ".png",
            "image/jpeg" or "image/jpg" => ".jpg",
            "image/gif" => ".gif",
            "image/webp" => ".webp",
            _ => null,
        };
        if (extension is null)
        {
            skippedImages.Add(part.ContentType);
            return;
        }

        if (!imageNames.TryGetValue(relationshipId, out var fileName))
        {
            fileName = $"{imagePrefix}-anh-{images.Count + 1}{extension}";
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            images.Add(new ImportedImage(fileName, copy.ToArray()));
            imageNames[relationshipId] = fileName;
        }

        var alt = string.IsNullOrWhiteSpace(description) ? $"Ảnh {images.FindIndex(i => i.FileName == fileName) + 1}" : description.Trim();
        segments.Add(InlineSegment.Image(alt, fileName));
    }

    private string Convert(string text, LegacyFont font)
    {
        if (font.Encoding != LegacyEncoding.None && LegacyTextConverter.WouldChange(text, font.Encoding))
        {
            legacyEncodings.Add(font.Encoding);
        }

        return LegacyTextConverter.Convert(text, font);
    }

    private static IEnumerable<Run> VisibleRuns(Paragraph paragraph) =>
        paragraph.Descendants<Run>().Where(r => !IsOn(r.RunProperties?.Vanish) && r.Ancestors<DeletedRun>().FirstOrDefault() is null);

    private static bool IsOn(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);
}
