using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Ledger;
using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPublisher.UnitTests.Plan;

public sealed class PlanReportTests : IDisposable
{
    private readonly PlanLedger _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private async Task<ReportDocument> BuildQuarterOneAsync()
    {
        var (plan, diagnostics) = PlanTestData.Read(PlanTestData.MinimalPlan +
            "targets:\n" +
            "  - { form: website, at_least: 1, per: week }\n" +
            "  - { form: hop-thon, at_least: 1, per: quarter }\n" +
            "tasks:\n" +
            "  - { id: NV01, name: Tuyên truyền chủ trương, forms: [website, hop-thon], lead: Phòng Văn hóa - Xã hội, time: Thường xuyên }\n" +
            "  - { id: NV02, name: Thủ tục hành chính, time: Thường xuyên }\n");
        Assert.True(plan is not null, string.Join("\n", diagnostics));
        await _ledger.PublishAsync("huong-dan-dvc", "website", "2026-01-06 08:00", ["dich-vu-cong-truc-tuyen"], "NV01", url: "https://hoaan.example.gov.vn/bai-viet/huong-dan-dvc.html");
        await _ledger.PublishAsync("huong-dan-dvc", "radio-broadcast", "2026-01-07 06:00", ["dich-vu-cong-truc-tuyen"], "NV01");
        await _ledger.PublishAsync("huong-dan-dvc", "radio", "2026-01-07 06:00", ["dich-vu-cong-truc-tuyen"], "NV01"); // the script: not a second broadcast
        await _ledger.PublishAsync("cho-dang", "zalo", "2026-01-08 06:00", state: PublicationState.AwaitingManual);
        await _ledger.PublishAsync("mot-cua", "website", "2026-02-10 08:00", ["mot-cua", "thu-tuc-hanh-chinh"]);
        await _ledger.PublishAsync("quy-hai", "website", "2026-04-10 08:00", ["the-che"], "NV01");
        var activities = new[]
        {
            new PlanActivity { RelativePath = "activities/a.yaml", Date = new DateOnly(2026, 3, 12), Form = "hop-thon", TaskId = "NV01", Categories = ["the-che"], Description = "Họp thôn Đông Hòa", Attachment = "bien-ban.pdf" },
        };
        var workspace = new PlanWorkspace(new ContentSnapshot([], [], CategoryTaxonomy.BuiltIn), new PlanContent([plan], activities, []));
        var builder = new PlanReportBuilder(_ledger.Ledger, _ledger.Ledger, _ledger.Progress());
        var period = PlanReportBuilder.PeriodFor(plan, ReportPeriodKind.Quarter, new DateOnly(2026, 3, 31), ReportPeriodRule.Calendar);
        Assert.Equal(PlanCalendar.Quarter(2026, 1), period.Days);
        return await builder.BuildAsync(workspace, plan, period.Days, new DateOnly(2026, 3, 31), CancellationToken.None, period.Name);
    }

    private static ReportTable Table(ReportDocument report, string heading) =>
        report.Sections.Single(s => s.Heading.Contains(heading, StringComparison.Ordinal)).Table!;

    [Fact]
    public async Task Build_QuarterOne_CountsByChannelCategoryTaskFromTheirSources()
    {
        var report = await BuildQuarterOneAsync();

        Assert.Contains("QUÝ I/2026", report.Title, StringComparison.Ordinal);
        Assert.Contains(report.Intro, l => l.Contains("Sổ theo dõi đăng bài", StringComparison.Ordinal) && l.Contains("content/activities", StringComparison.Ordinal));
        var channels = Table(report, "theo kênh");
        Assert.Equal(["1", "Tin, bài trên Trang thông tin điện tử", "2", PlanReportBuilder.LedgerSource], channels.Rows[0].Select(c => c.Text));
        Assert.Equal(["4", "Lượt phát tin, bài trên loa truyền thanh (đã xác nhận phát)", "1", PlanReportBuilder.LedgerSource], channels.Rows[3].Select(c => c.Text));
        Assert.Contains(channels.Rows, r => r[1].Text.Contains("chờ đăng thủ công", StringComparison.Ordinal) && r[2].Text == "1");
        Assert.Contains(channels.Rows, r => r[1].Text == "Họp thôn, tổ dân phố" && r[2].Text == "1" && r[3].Text == PlanReportBuilder.ActivitySource);
        Assert.Equal("4", channels.Rows.Single(r => r[1].Text == "Tổng cộng")[2].Text); // 2 website + 1 radio + 1 village meeting; April is outside Q1
        var categories = Table(report, "theo lĩnh vực");
        Assert.Contains(categories.Rows, r => r[1].Text == "Dịch vụ công trực tuyến, thanh toán trực tuyến" && r[2].Text == "1" && r[4].Text == "1");
        Assert.Contains(categories.Rows, r => r[1].Text == "Cải cách thể chế" && r[2].Text == "0" && r[3].Text == "1");
        var tasks = Table(report, "theo nhiệm vụ");
        Assert.Equal(["NV01", "1", "1", "2"], new[] { tasks.Rows[0][0], tasks.Rows[0][6], tasks.Rows[0][7], tasks.Rows[0][8] }.Select(c => c.Text));
        Assert.Equal(["NV02", "0"], new[] { tasks.Rows[1][0], tasks.Rows[1][8] }.Select(c => c.Text));
        Assert.Equal("1", tasks.Rows[^1][6].Text); // "mot-cua" has no task
    }

    [Fact]
    public async Task Build_ArticleWithUnit_CountsItsPublicationsForThatUnit()
    {
        var (plan, diagnostics) = PlanTestData.Read(PlanTestData.MinimalPlan +
            "tasks:\n  - { id: NV01, name: Tuyên truyền, lead: Đoàn Thanh niên, time: Thường xuyên }\n");
        Assert.True(plan is not null, string.Join("\n", diagnostics));
        await _ledger.PublishAsync("bai-doan", "website", "2026-01-06 08:00", ["mot-cua"], "NV01");
        await _ledger.PublishAsync("bai-doan", "radio-broadcast", "2026-01-07 06:00", ["mot-cua"], "NV01");
        await _ledger.PublishAsync("khong-don-vi", "website", "2026-01-08 08:00", ["mot-cua"]);
        Article Article(string id, string? unit) => new()
        {
            Id = id, SourcePath = $"/c/articles/{id}.md", RelativePath = $"articles/{id}.md", Title = id, Categories = ["mot-cua"],
            Channels = ["website"], Body = "x", Slug = id, ContentHash = id, Unit = unit,
        };
        var content = new ContentSnapshot([Article("bai-doan", "đoàn thanh niên"), Article("khong-don-vi", null)], [], CategoryTaxonomy.BuiltIn);
        var workspace = new PlanWorkspace(content, new PlanContent([plan], [], []));
        var builder = new PlanReportBuilder(_ledger.Ledger, _ledger.Ledger, _ledger.Progress());

        var report = await builder.BuildAsync(workspace, plan, PlanCalendar.Quarter(2026, 1), new DateOnly(2026, 3, 31), CancellationToken.None);

        var units = Table(report, "theo đơn vị");
        Assert.Equal(["1", "Đoàn Thanh niên", "NV01", "", "2", "0"], units.Rows[0].Take(6).Select(c => c.Text));
        Assert.Equal(["Chưa ghi đơn vị thực hiện", "1"], new[] { units.Rows[1][1], units.Rows[1][4] }.Select(c => c.Text));
    }

    [Fact]
    public async Task Build_QuarterOne_TargetsShortfallsAndItemLists()
    {
        var report = await BuildQuarterOneAsync();

        var targets = Table(report, "Đánh giá thực hiện chỉ tiêu");
        var website = targets.Rows[0];
        Assert.Equal(["Tin, bài trên Trang thông tin điện tử", "≥ 1/tuần", "13", "13", "2", "0", "2", "11", "Không đạt (thiếu 11)"], website.Skip(1).Select(c => c.Text));
        Assert.Equal("Đạt", targets.Rows[1][^1].Text);
        var shortfalls = report.Sections.Single(s => s.Heading.Contains("chưa đạt", StringComparison.Ordinal)).Paragraphs;
        Assert.Contains(shortfalls, p => p.Contains("còn thiếu 11", StringComparison.Ordinal));
        Assert.Contains(shortfalls, p => p.Contains("Nhiệm vụ NV02", StringComparison.Ordinal));
        var items = Table(report, "Phụ lục 1");
        Assert.Equal(3, items.Rows.Count);
        Assert.Equal(["1", "06/01/2026 08:00", "Bài huong-dan-dvc", "Trang thông tin điện tử", "NV01", "https://hoaan.example.gov.vn/bai-viet/huong-dan-dvc.html"], items.Rows[0].Select(c => c.Text));
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-dvc.html", items.Rows[0][5].Link);
        var activities = Table(report, "Phụ lục 2");
        Assert.Equal(["1", "12/03/2026", "Họp thôn, tổ dân phố", "", "NV01", "Họp thôn Đông Hòa", "", "bien-ban.pdf"], activities.Rows[0].Take(8).Select(c => c.Text));
        Assert.Equal("1 hoạt động", activities.Rows[^1][5].Text);
    }

    [Fact]
    public async Task Docx_Report_HasHeadingsAndTablesWithCounts()
    {
        var report = await BuildQuarterOneAsync();
        using var stream = new MemoryStream();

        DocxReportWriter.Write(report, stream);

        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxReportWriter.HeadingStyle)
            .Select(p => p.InnerText).ToList();
        Assert.Equal(report.Sections.Select(s => s.Heading), headings);
        Assert.NotNull(word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().SingleOrDefault(s => s.StyleId == DocxReportWriter.HeadingStyle));
        var tables = body.Elements<W.Table>().Where(t => t.GetFirstChild<W.TableProperties>()?.TableStyle?.Val?.Value == "TableGrid").ToList();
        Assert.Equal(report.Sections.Count(s => s.Table is { Rows.Count: > 0 }), tables.Count);
        var channels = tables[0].Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["TT", "Kênh, hình thức", "Số lượng", "Nguồn số liệu"], channels[0]);
        Assert.NotNull(tables[0].Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.All(tables.SelectMany(t => t.Elements<W.TableRow>()), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
        Assert.Equal(["1", "Tin, bài trên Trang thông tin điện tử", "2", "Sổ theo dõi đăng bài"], channels[1]);
        Assert.Equal("4", channels.Single(r => r[1] == "Tổng cộng")[2]);
        var items = tables.Single(t => t.InnerText.Contains("Ngày đăng", StringComparison.Ordinal));
        Assert.Contains(items.Elements<W.TableRow>(), r => r.InnerText.Contains("06/01/2026 08:00", StringComparison.Ordinal) && r.InnerText.Contains("huong-dan-dvc.html", StringComparison.Ordinal));
        var link = Assert.Single(items.Descendants<W.Hyperlink>());
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-dvc.html",
            word.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());
        Assert.Equal(string.Empty, string.Join("\n", new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct()));
    }

    [Fact]
    public async Task Docx_Report_OfficialForm_HeadingSignatureAndTablesWithinThePage()
    {
        var report = await BuildQuarterOneAsync();
        using var stream = new MemoryStream();

        DocxReportWriter.Write(report, stream);

        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var first = body.Elements<W.Table>().First();
        Assert.Contains("ỦY BAN NHÂN DÂN", first.InnerText, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first.InnerText, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", first.InnerText, StringComparison.Ordinal);
        Assert.Contains("Số:", first.InnerText, StringComparison.Ordinal);
        Assert.Contains("/BC-UBND", first.InnerText, StringComparison.Ordinal);
        Assert.Contains("ngày      tháng      năm 2026", first.InnerText, StringComparison.Ordinal);
        Assert.Equal("BÁO CÁO", body.Elements<W.Paragraph>().First(p => p.InnerText.Length > 0).InnerText);
        // The signature block closes the report; the annexes ("Phụ lục") follow it, the first from a new page.
        var signature = body.Elements<W.Table>().Single(t => t.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));
        Assert.Contains("Lưu: VT.", signature.InnerText, StringComparison.Ordinal);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", signature.InnerText, StringComparison.Ordinal);
        var elements = body.ChildElements.ToList();
        var annex = elements.OfType<W.Paragraph>().First(p => p.InnerText.StartsWith("Phụ lục 1.", StringComparison.Ordinal));
        Assert.True(elements.IndexOf(signature) < elements.IndexOf(annex), "signature block before the annexes");
        Assert.True(annex.ParagraphProperties?.PageBreakBefore is not null || elements.Take(elements.IndexOf(annex)).OfType<W.Paragraph>().Last().ParagraphProperties?.SectionProperties is not null,
            "the first annex starts a new page");
        Assert.Contains(report.Sections, s => s.Heading.StartsWith("8. Đánh giá chung", StringComparison.Ordinal) && s.Paragraphs.Count == 3);

        // Every table fits the text width of the page of its section (portrait or landscape), with fixed column widths
        // no narrower than their longest word at 12 pt.
        foreach (var table in body.Elements<W.Table>())
        {
            var grid = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(grid.Sum() <= 16838 - 1701 - 1134, $"table of {grid.Sum()} twips is wider than a landscape page");
            Assert.Equal(W.TableLayoutValues.Fixed, table.GetFirstChild<W.TableProperties>()!.TableLayout!.Type!.Value);
        }

        var portraitOnly = body.Elements<W.Table>().Where(t => t.InnerText.Contains("Kênh, hình thức", StringComparison.Ordinal)).Single();
        Assert.True(portraitOnly.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)) <= 11906 - 1701 - 1134);
        Assert.Equal(string.Empty, string.Join("\n", new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct()));
    }

    [Fact]
    public async Task Xlsx_Report_HasSummaryAndOneSheetPerTableWithHeaderRowAndNumbers()
    {
        var report = await BuildQuarterOneAsync();
        using var stream = new MemoryStream();

        XlsxReportWriter.Write(report, stream);

        stream.Position = 0;
        using var excel = SpreadsheetDocument.Open(stream, false);
        var workbook = excel.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal([XlsxReportWriter.SummarySheet, "Theo kênh", "Theo lĩnh vực", "Theo nhiệm vụ", "Theo đơn vị", "Chỉ tiêu", "Tỷ lệ, kinh phí", "Tin bài đã đăng", "Hoạt động"], sheets.Select(s => s.Name!.Value));

        List<List<Cell>> Rows(string name)
        {
            var part = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == name).Id!);
            return [.. part.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList())];
        }

        static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;

        var channels = Rows("Theo kênh");
        Assert.Equal(["TT", "Kênh, hình thức", "Số lượng", "Nguồn số liệu"], channels[0].Select(Text));
        Assert.Equal(["A1", "B1", "C1", "D1"], channels[0].Select(c => c.CellReference!.Value));
        var website = channels[1];
        Assert.Equal("Tin, bài trên Trang thông tin điện tử", Text(website[1]));
        Assert.Equal(CellValues.Number, website[2].DataType!.Value);
        Assert.Equal("2", website[2].CellValue!.Text);
        var targets = Rows("Chỉ tiêu");
        Assert.Equal("Chỉ tiêu", Text(targets[0][1]));
        Assert.Equal("11", Text(targets[1][8]));
        Assert.Equal("Không đạt (thiếu 11)", Text(targets[1][9]));
        Assert.Equal(4, Rows("Tin bài đã đăng").Count); // header + three publications
        var itemsPart = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == "Tin bài đã đăng").Id!);
        var hyperlink = Assert.Single(itemsPart.Worksheet!.Descendants<Hyperlink>());
        Assert.Equal("F2", hyperlink.Reference!.Value);
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-dvc.html", itemsPart.HyperlinkRelationships.Single(r => r.Id == hyperlink.Id).Uri.ToString());
        Assert.Equal(string.Empty, string.Join("\n", new OpenXmlValidator().Validate(excel, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct()));
        Assert.Contains(Rows(XlsxReportWriter.SummarySheet), r => Text(r[0]).Contains("QUÝ I/2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Xlsx_Report_PrintsOnA4WithBordersTitlesAndFittedColumns()
    {
        var report = await BuildQuarterOneAsync();
        using var stream = new MemoryStream();

        XlsxReportWriter.Write(report, stream);

        stream.Position = 0;
        using var excel = SpreadsheetDocument.Open(stream, false);
        var workbook = excel.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Worksheet Sheet(string name) => ((WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == name).Id!)).Worksheet!;
        foreach (var sheet in sheets)
        {
            var worksheet = Sheet(sheet.Name!);
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9U, setup.PaperSize!.Value); // A4
            Assert.Equal((1U, 0U), (setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            Assert.Contains("Trang &P/&N", worksheet.GetFirstChild<HeaderFooter>()!.OddFooter!.Text, StringComparison.Ordinal);
        }

        Assert.Equal(OrientationValues.Landscape, Sheet("Tin bài đã đăng").GetFirstChild<PageSetup>()!.Orientation!.Value);
        Assert.Equal(OrientationValues.Portrait, Sheet(XlsxReportWriter.SummarySheet).GetFirstChild<PageSetup>()!.Orientation!.Value);
        Assert.Contains("Kết quả theo kênh", Sheet("Theo kênh").GetFirstChild<HeaderFooter>()!.OddHeader!.Text, StringComparison.OrdinalIgnoreCase);
        var printTitles = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        Assert.Equal(sheets.Count - 1, printTitles.Count);
        Assert.Contains(printTitles, d => d.Text == "'Theo kênh'!$1:$1");

        // Every table cell (header and data) has the bordered style; the header is bold and centred.
        var borders = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var cells = Sheet("Theo kênh").GetFirstChild<SheetData>()!.Elements<Row>().SelectMany(r => r.Elements<Cell>()).ToList();
        Assert.All(cells, c => Assert.Equal(1U, borders[(int)c.StyleIndex!.Value].BorderId!.Value));
        var thin = workbook.WorkbookStylesPart.Stylesheet.Borders!.Elements<Border>().ElementAt(1);
        Assert.Equal(BorderStyleValues.Thin, thin.LeftBorder!.Style!.Value);
        Assert.Equal(string.Empty, string.Join("\n", new OpenXmlValidator().Validate(excel, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct()));
    }

    [Fact]
    public async Task Markdown_Report_HasHeadingsAndPipeTables()
    {
        var report = await BuildQuarterOneAsync();

        var markdown = MarkdownReportWriter.Render(report);

        Assert.StartsWith("# KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH QUÝ I/2026\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## 1. Kết quả theo kênh, hình thức tuyên truyền\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | Tin, bài trên Trang thông tin điện tử | 2 | Sổ theo dõi đăng bài |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("[https://hoaan.example.gov.vn/bai-viet/huong-dan-dvc.html](https://hoaan.example.gov.vn/bai-viet/huong-dan-dvc.html)", markdown, StringComparison.Ordinal);
    }
}
