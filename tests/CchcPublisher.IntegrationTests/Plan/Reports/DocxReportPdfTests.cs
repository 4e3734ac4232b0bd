using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Cli;
using CchcPublisher.IntegrationTests.Docs;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Time.Testing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPublisher.IntegrationTests.Plan.Reports;

/// <summary>
/// The Word plan report as an office prints it: written by the real <c>plan report --format docx</c> for the five
/// seed plans (tests/CchcPublisher.UnitTests/Plan/Seeds) and the sample content (published first, so its annexes
/// hold real links), converted to PDF by LibreOffice, and read back with poppler's word boxes. Checks the form of
/// Nghị định 30/2020/NĐ-CP (heading block, number and symbol, place and date, title, recipients, signature block, the
/// annexes after it), that no page is blank, that every page is A4 and every word stays inside the margins (so no
/// table is wider than its page), and that no word is broken across lines.
/// </summary>
public sealed partial class DocxReportPdfTests : IDisposable
{
    /// <summary>Points per millimetre.</summary>
    private const double Mm = 72 / 25.4;

    /// <summary>Margins of Nghị định 30 as the writer sets them: top and bottom 20 mm, left 30 mm, right 20 mm.</summary>
    private const double Top = 20 * Mm, Bottom = 20 * Mm, Left = 30 * Mm, Right = 20 * Mm;

    /// <summary>Glyph boxes reach a little past the text line (accents above capitals, descenders).</summary>
    private const double Tolerance = 1.5;

    private const string SamplePlan = "2026-6-thang-cuoi";

    private static readonly (double Width, double Height) A4 = (595.3, 841.9);

    private static readonly Dictionary<string, PlanCase> Cases = new[]
    {
        new PlanCase("binh-minh-2022", "year", "2022-12-31", "THỊ XÃ BÌNH MINH", "Bình Minh"),
        new PlanCase("ninh-giang-2025-h2", "half", "2025-12-31", "XÃ NINH GIANG", "Ninh Giang"),
        new PlanCase("tao-xuyen-2023", "year", "2023-12-31", "PHƯỜNG TÀO XUYÊN", "Tào Xuyên"),
        new PlanCase("thuong-quan-2024", "year", "2024-12-31", "XÃ THƯỢNG QUẬN", "Thượng Quận"),
        new PlanCase("yen-nguyen-2025-h2", "half", "2025-12-31", "XÃ YÊN NGUYÊN", "Yên Nguyên"),
        new PlanCase(SamplePlan, "half", "2026-12-31", "XÃ HÒA AN", "Hòa An"),
    }.ToDictionary(c => c.Id, StringComparer.Ordinal);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cchc-pdf-" + Guid.NewGuid().ToString("N"));

    public DocxReportPdfTests() => Directory.CreateDirectory(_root);

    public static TheoryData<string> Plans() => [.. Cases.Keys];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public async Task WordReport_AsPdf_OfficialFormOnA4WithinMarginsNoBrokenWords(string plan)
    {
        PdfTools.Require();
        var expected = Cases[plan];
        var docx = await WriteReportAsync(expected);
        var pdf = await PdfTools.ConvertToPdfAsync(docx, _root, TestContext.Current.CancellationToken);
        var pages = await PdfLayout.ReadAsync(pdf, TestContext.Current.CancellationToken);

        await AssertA4WithOneFontAsync(pdf, pages);
        Assert.All(pages, p => Assert.True(p.Words.Count > 0, $"page {p.Number} is blank"));
        AssertHeadingBlock(pages[0], expected);
        var signed = pages.Single(p => p.Rows().Any(r => r.Text.StartsWith("Nơi nhận:", StringComparison.Ordinal)));
        AssertSignatureBlock(signed);
        AssertInsideMargins(pages);
        AssertNoWordBroken(pages, DocxWords(docx));

        // The report starts and is signed in portrait; the annexes follow the signature from a new page; the task
        // table (nine columns) has landscape pages of its own.
        Assert.False(pages[0].Landscape || signed.Landscape, $"page 1 and page {signed.Number} (signature) are portrait");
        Assert.True(signed.Number < pages.Count, "annexes after the signature page");
        Assert.StartsWith("Phụ lục 1.", pages[signed.Number].Rows()[0].Text, StringComparison.Ordinal);
        var tasks = pages.First(p => p.Rows().Any(r => r.Text.StartsWith("3. Kết quả theo nhiệm vụ", StringComparison.Ordinal)));
        Assert.True(tasks.Landscape, $"page {tasks.Number} with the task table is landscape");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{plan}: {pages.Count} pages ({pages.Count(p => p.Landscape)} landscape); "
            + $"smallest right margin {pages.Min(p => p.Width - p.Words.Max(w => w.XMax)) / Mm:0.0} mm, "
            + $"smallest left margin {pages.Min(p => p.Words.Min(w => w.XMin)) / Mm:0.0} mm, {pages.Sum(p => p.Words.Count)} words");
    }

    /// <summary>The real command line: a plan alone for a seed; the sample content published first for the sample.</summary>
    private async Task<string> WriteReportAsync(PlanCase plan)
    {
        var content = Path.Combine(_root, "content");
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(data);
        var repository = ReadmeExamplesTests.RepositoryRoot();
        if (plan.Id == SamplePlan)
        {
            CopyFolder(Path.Combine(repository, "content"), content);
            var (published, log) = await RunAsync(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(7)), "publish", "--due-until", "2026-12-31", "--content", content, "--data", data);
            Assert.True(published == 0, log);
        }
        else
        {
            Directory.CreateDirectory(Path.Combine(content, "articles"));
            Directory.CreateDirectory(Path.Combine(content, "plan"));
            File.Copy(Path.Combine(repository, "tests", "CchcPublisher.UnitTests", "Plan", "Seeds", plan.Id + ".yaml"), Path.Combine(content, "plan", plan.Id + ".yaml"));
        }

        var docx = Path.Combine(_root, "bao-cao-" + plan.Id + ".docx");
        var asOf = DateOnly.ParseExact(plan.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (exit, output) = await RunAsync(new DateTimeOffset(asOf.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(7)),
            "plan", "report", "--plan", plan.Id, "--period", plan.Period, "--as-of", plan.AsOf, "--format", "docx", "--out", docx, "--content", content, "--data", data);
        Assert.True(exit == 0, output);
        return docx;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(DateTimeOffset now, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, new FakeTimeProvider(now), TestContext.Current.CancellationToken);
        return (exit, output.ToString());
    }

    /// <summary>Every page A4 (portrait or landscape) by its box and by pdfinfo; every font Times New Roman or its metric twin.</summary>
    private static async Task AssertA4WithOneFontAsync(string pdf, IReadOnlyList<PdfPage> pages)
    {
        Assert.All(pages, p => Assert.True(
            (Math.Abs(p.Width - A4.Width) < 1 && Math.Abs(p.Height - A4.Height) < 1) || (Math.Abs(p.Width - A4.Height) < 1 && Math.Abs(p.Height - A4.Width) < 1),
            $"page {p.Number} is {p.Width:0.#} x {p.Height:0.#} pt, not A4"));
        var info = await PdfTools.RunAsync("pdfinfo", ["-f", "1", "-l", pages.Count.ToString(CultureInfo.InvariantCulture), pdf], TestContext.Current.CancellationToken);
        Assert.Equal(pages.Count, PdfInfoA4Page().Count(info));

        // The layout check means what Word shows only when the widths are Times New Roman's: LibreOffice uses
        // Liberation Serif (same advance widths) when Times New Roman is not installed.
        var fonts = (await PdfTools.RunAsync("pdffonts", [pdf], TestContext.Current.CancellationToken))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(line => line.Split(' ')[0]).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(
            f.Contains("LiberationSerif", StringComparison.Ordinal) || f.Contains("TimesNewRoman", StringComparison.Ordinal),
            $"font {f}: install Times New Roman or Liberation Serif (fonts-liberation2) so the PDF has Word's line breaks"));
    }

    /// <summary>
    /// Page 1, above "BÁO CÁO": the issuer and "Số: /BC-UBND" on the left; the national name, motto, and place and
    /// date on the right, each centred in its column, in this order. Then "BÁO CÁO", centred, and the report's title.
    /// </summary>
    private static void AssertHeadingBlock(PdfPage page, PlanCase plan)
    {
        var rows = page.Rows();
        var title = rows.FirstOrDefault(r => r.Text == "BÁO CÁO");
        Assert.True(title is not null, "no \"BÁO CÁO\" row on page 1:\n" + string.Join('\n', rows));
        const double column = Left + 180; // the heading table's left column is 3600 twips wide
        var left = page.Rows(0, column).Where(r => r.YMax < title.YMin).ToList();
        var right = page.Rows(column).Where(r => r.YMax < title.YMin).ToList();

        Assert.Equal(["ỦY BAN NHÂN DÂN", plan.Unit, "Số: /BC-UBND"], left.Select(r => r.Text));
        Assert.Equal(
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", $"{plan.Place}, ngày tháng năm {plan.AsOf[..4]}"],
            right.Select(r => r.Text));
        var textRight = page.Width - Right;
        // Centred in its column; the cells' padding (0.19 cm) moves the centres a few points left.
        Assert.All(left.Take(2), r => Assert.InRange((r.XMin + r.XMax) / 2, ((Left + column) / 2) - 8, ((Left + column) / 2) + 3));
        Assert.All(right.Take(2), r => Assert.InRange((r.XMin + r.XMax) / 2, ((column + textRight) / 2) - 8, ((column + textRight) / 2) + 3));
        Assert.InRange((title.XMin + title.XMax) / 2, ((Left + textRight) / 2) - 3, ((Left + textRight) / 2) + 3);
        var next = rows.First(r => r.YMin > title.YMax);
        Assert.StartsWith("KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH", next.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The signature page ends with "Nơi nhận:" and its list ("- …;" items, "- Lưu: VT." last) on the left and, level with
    /// it on the right, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" and the space to sign.
    /// </summary>
    private static void AssertSignatureBlock(PdfPage page)
    {
        var middle = page.Width / 2;
        var recipients = page.Rows(0, middle).SkipWhile(r => r.Text != "Nơi nhận:").ToList();
        Assert.True(recipients.Count >= 2, "no \"Nơi nhận:\" on the signature page:\n" + string.Join('\n', page.Rows()));
        var heading = recipients[0];
        // One recipient a line; a long one wraps onto the next line, which does not start with "- ".
        var list = new List<string>();
        foreach (var row in recipients.Skip(1))
        {
            if (row.Text.StartsWith("- ", StringComparison.Ordinal) || list.Count == 0)
            {
                list.Add(row.Text);
            }
            else
            {
                list[^1] += " " + row.Text;
            }
        }

        Assert.Equal("- Lưu: VT.", list[^1]);
        Assert.All(list.SkipLast(1), r => Assert.Matches("^- .+;$", r));
        var signer = page.Rows(middle).Where(r => r.YMax > heading.YMin).ToList();
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Ký, ghi rõ họ tên, đóng dấu)"], signer.Select(r => r.Text));
        Assert.InRange(signer[0].YMin, heading.YMin - 3, heading.YMin + 3);
        Assert.DoesNotContain(page.Rows(), r => r.YMin > Math.Max(recipients[^1].YMax, signer[^1].YMax));
    }

    /// <summary>Every word inside the page's margins: a table wider than its page would put words past the right one.</summary>
    private static void AssertInsideMargins(IReadOnlyList<PdfPage> pages)
    {
        var outside = pages.SelectMany(p => p.Words
                .Where(w => w.XMin < Left - Tolerance || w.XMax > p.Width - Right + Tolerance || w.YMin < Top - Tolerance || w.YMax > p.Height - Bottom + Tolerance)
                .Select(w => $"page {p.Number} ({p.Width:0} pt wide): \"{w.Text}\" at x {w.XMin:0.#}–{w.XMax:0.#}, y {w.YMin:0.#}–{w.YMax:0.#}"))
            .ToList();
        Assert.True(outside.Count == 0, $"{outside.Count} words outside the margins:\n" + string.Join('\n', outside.Take(20)));
    }

    /// <summary>
    /// Every word of the Word file is a whole word of the PDF as often as it occurs (so "Facebook", "NV01", "10" or
    /// "TT" never break inside a narrow cell); a word may break only after a dash or slash, as text does, and web
    /// addresses and file paths (longer than a column) may break anywhere.
    /// </summary>
    private static void AssertNoWordBroken(IReadOnlyList<PdfPage> pages, IReadOnlyList<string> words)
    {
        var found = pages.SelectMany(p => p.Words).GroupBy(w => w.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var broken = words
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => found.GetValueOrDefault(g.Key) < g.Count() && !IsAddress(g.Key) && !BreaksAfterDashOrSlash(g.Key, found))
            .Select(g => $"\"{g.Key}\": {g.Count()} in the Word file, {found.GetValueOrDefault(g.Key)} whole in the PDF")
            .ToList();
        Assert.True(broken.Count == 0, $"{broken.Count} words broken across lines:\n" + string.Join('\n', broken.Take(20)));
    }

    private static bool IsAddress(string word) => word.Length > 24 && word.Contains('/', StringComparison.Ordinal);

    private static bool BreaksAfterDashOrSlash(string word, Dictionary<string, int> found) =>
        Enumerable.Range(1, word.Length - 1).Any(k => word[k - 1] is '-' or '–' or '/' && found.ContainsKey(word[..k]) && found.ContainsKey(word[k..]));

    private static List<string> DocxWords(string docx)
    {
        using var word = WordprocessingDocument.Open(docx, false);
        return
        [
            .. word.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
                .SelectMany(p => p.InnerText.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(w => w.Normalize(NormalizationForm.FormC)),
        ];
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    [GeneratedRegex(@"(?m)^Page\s+\d+ size:\s+[\d.]+ x [\d.]+ pts \(A4\)")]
    private static partial Regex PdfInfoA4Page();

    /// <summary>A plan, the report's period and day, and what its heading says.</summary>
    private sealed record PlanCase(string Id, string Period, string AsOf, string Unit, string Place);
}
