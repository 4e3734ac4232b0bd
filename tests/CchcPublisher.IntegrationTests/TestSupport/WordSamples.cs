using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPublisher.IntegrationTests.TestSupport;

/// <summary>Word documents made the way communes type them, for the import tests (command line and console).</summary>
internal static class WordSamples
{
    /// <summary>A notice as communes type them: heading table, kind and subject lines, body in a VNI font.</summary>
    public static byte[] Notice()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Table(new TableRow(
                    Cell("ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 88/TB-UBND"),
                    Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa An, ngày 01 tháng 12 năm 2026"))),
                Para("THÔNG BÁO"),
                Para("Về việc làm căn cước lưu động"),
                Para("Coâng an xaõ laøm caên cöôùc löu ñoäng taïi nhaø vaên hoùa thoân Ñoâng Hoøa.", "VNI-Times")));
            main.Document.Save();
        }

        return memory.ToArray();
    }

    private static TableCell Cell(params string[] lines) => new(lines.Select(line => Para(line)));

    private static Paragraph Para(string text, string? font = null)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (font is not null)
        {
            run.PrependChild(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }));
        }

        return new Paragraph(run);
    }
}
