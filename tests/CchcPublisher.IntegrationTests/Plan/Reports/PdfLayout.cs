using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CchcPublisher.IntegrationTests.Plan.Reports;

/// <summary>The pages of a PDF as <c>pdftotext -bbox-layout</c> reads them (poppler's own text extraction).</summary>
internal static class PdfLayout
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static async Task<IReadOnlyList<PdfPage>> ReadAsync(string pdf, CancellationToken cancellationToken)
    {
        var xhtml = await PdfTools.RunAsync("pdftotext", ["-bbox-layout", "-enc", "UTF-8", pdf, "-"], cancellationToken);
        return Parse(xhtml);
    }

    public static IReadOnlyList<PdfPage> Parse(string xhtml)
    {
        using var reader = XmlReader.Create(new StringReader(xhtml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        var document = XDocument.Load(reader);
        return
        [
            .. document.Descendants(Xhtml + "page").Select((page, i) => new PdfPage(
                i + 1,
                Number(page, "width"),
                Number(page, "height"),
                [.. page.Descendants(Xhtml + "word").Select(w => new PdfWord(
                    w.Value.Normalize(NormalizationForm.FormC), Number(w, "xMin"), Number(w, "yMin"), Number(w, "xMax"), Number(w, "yMax")))])),
        ];
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
