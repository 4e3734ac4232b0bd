using System.CommandLine;
using System.Text;
using CchcPublisher.Cli;
using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Plan;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Spectre.Console;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPublisher.IntegrationTests.Plan;

public sealed class PlanCommandTests : IDisposable
{
    private const string PlanYaml =
        "title: Kế hoạch tuyên truyền CCHC năm 2026\n" +
        "commune: UBND xã Hòa An\n" +
        "period: Năm 2026\n" +
        "targets:\n" +
        "  - { form: website, at_least: 1, per: week }\n" +
        "  - { form: hop-thon, at_least: 1, per: quarter }\n" +
        "tasks:\n" +
        "  - { id: NV01, name: Tuyên truyền chủ trương, time: Thường xuyên }\n" +
        "  - { id: NV02, name: Thủ tục hành chính, time: Thường xuyên }\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cchc-plan-" + Guid.NewGuid().ToString("N"));

    public PlanCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(ContentRoot, "articles"));
        Directory.CreateDirectory(DataRoot);
    }

    private string ContentRoot => Path.Combine(_root, "content");

    private string DataRoot => Path.Combine(_root, "data");

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

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(ContentRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private async Task SeedLedgerAsync()
    {
        var ledger = new SqliteLedger(Path.Combine(DataRoot, "cchc.db"), TimeSpan.FromSeconds(5));
        await ledger.MigrateAsync(CancellationToken.None);
        var zone = new CommuneOptions().GetTimeZone();
        async Task Publish(string id, string channel, DateTime local, string? task)
        {
            var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
            await ledger.SaveAsync(new LedgerEntry
            {
                ArticleId = id, Channel = channel, State = PublicationState.Published, ContentHash = "h", PublishedHash = "h",
                Title = $"Bài {id}", Categories = ["thu-tuc-hanh-chinh"], PlanTask = task, CreatedAt = at, UpdatedAt = at, PublishedAt = at,
                RemoteUrl = channel == "website" ? $"https://hoaan.example.gov.vn/bai-viet/{id}.html" : null,
            }, CancellationToken.None);
        }

        await Publish("huong-dan-dvc", "website", new DateTime(2026, 1, 6, 8, 0, 0), "NV01");
        await Publish("huong-dan-dvc", "radio-broadcast", new DateTime(2026, 1, 7, 6, 0, 0), "NV01");
        await Publish("mot-cua", "website", new DateTime(2026, 1, 13, 8, 0, 0), null);
    }

    /// <summary>The real <c>plan</c> command under a root with the global options, as <see cref="CliApp"/> builds it.</summary>
    /// <summary>The commands at a fixed moment (Wednesday 2 December 2026, 10:00 in the commune): no result depends on the day tests run.</summary>
    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        RunAsync(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero)), args);

    private async Task<(int ExitCode, string Output)> RunAsync(TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 240;
        var context = new CliContext(console, output, time);
        var root = new RootCommand { GlobalOptions.Content, GlobalOptions.Data, GlobalOptions.Config };
        root.Subcommands.Add(PlanCommand.Create(context));
        try
        {
            var exit = await root.Parse([.. args, "--content", ContentRoot, "--data", DataRoot])
                .InvokeAsync(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false }, CancellationToken.None);
            return (exit, output.ToString());
        }
        catch (CliException ex)
        {
            return (ExitCodes.Usage, output + ex.Message);
        }
    }

    [Fact]
    public async Task Status_PlanWithLedgerAndActivity_ShowsTargetsSourcesAndIdleTasks()
    {
        Write("plan/2026.yaml", PlanYaml);
        Write("activities/hop-thon.yaml", "date: 2026-01-20\nform: hop-thon\ntask: NV01\ndescription: Họp thôn Đông\n");
        await SeedLedgerAsync();

        var (exit, output) = await RunAsync("plan", "status", "--as-of", "2026-01-31");

        Assert.Equal(0, exit);
        Assert.Contains("Kế hoạch tuyên truyền CCHC năm 2026", output, StringComparison.Ordinal);
        const string Bar = @"\s*[│|]\s*";
        Assert.Matches("Tin, bài trên Trang thông tin điện tử" + Bar + "≥ 1/tuần" + Bar + "2" + Bar + "4" + Bar + "52" + Bar + "2/3 tuần" + Bar + @"Chậm tiến độ \(thiếu 2\)", output);
        Assert.Matches("Họp thôn, tổ dân phố" + Bar + "≥ 1/quý" + Bar + @"1 \(hoạt động\)" + Bar + "0" + Bar + "4" + Bar + "—" + Bar + "Đúng tiến độ", output);
        Assert.Matches("NV02" + Bar + "Thủ tục hành chính" + Bar + Bar + Bar + "Thường xuyên" + Bar + "0" + Bar + "0" + Bar + "chưa có tin, bài hay hoạt động nào", output);
        Assert.Contains("1 chỉ tiêu chậm tiến độ, 1 nhiệm vụ chưa có kết quả.", output, StringComparison.Ordinal);
        Assert.Contains("Nguồn số liệu", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_QueuedArticleAndFreeColumnSlots_WeekByWeekUntilThePlanEnds()
    {
        // Wednesday 2 December 2026, 10:00 in the commune; the default column publishes on Mondays at 07:30.
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));
        Write("plan/2026.yaml", PlanYaml.Replace("  - { id: NV01, name: Tuyên truyền chủ trương, time: Thường xuyên }",
            "  - { id: NV01, name: Tuyên truyền chủ trương, time: Thường xuyên, forms: [website], lead: Phòng Văn hóa - Xã hội }", StringComparison.Ordinal));
        Write("articles/dich-vu-cong.md", "---\ntitle: Nộp hồ sơ trực tuyến\ncategories: dich-vu-cong-truc-tuyen\nchannels: website\nplan_task: NV01\n---\nNội dung.\n");
        await SeedLedgerAsync();

        var (exit, output) = await RunAsync(time, "plan", "next");

        Assert.Equal(0, exit);
        Assert.Contains("Hôm nay 02/12/2026; xem từ nay đến hết ngày 31/12/2026", output, StringComparison.Ordinal);
        const string Bar = @"\s*[│|]\s*";
        // 52 weekly website posts, 2 done: 50 to go, 1 queued (Monday 7/12), 49 still to find; the task's lead answers for it.
        Assert.Matches("Tin, bài trên Trang thông tin điện tử" + Bar + "Kênh" + Bar + "Phòng Văn hóa - Xã hội" + Bar + "50" + Bar + "1" + Bar + "49" + Bar + "31/12/2026" + Bar + @"dich-vu-cong \(07/12\)", output);
        Assert.Matches("Họp thôn, tổ dân phố" + Bar + "Hình thức" + Bar + "—" + Bar + "4" + Bar + @"— \(ghi hoạt động\)", output);
        Assert.Matches(@"Tuần 50/2026 \(07/12–13/12\)" + Bar + "Tin, bài trên Trang thông tin điện tử" + Bar + "0" + Bar + @"dich-vu-cong \(07/12\)", output);
        // The Monday slots after the queued article are free, and each week's website gap can use its own.
        Assert.Matches(@"Tuần 51/2026 \(14/12–20/12\)" + Bar + "Tin, bài trên Trang thông tin điện tử" + Bar + "1" + Bar + Bar + "Phòng Văn hóa - Xã hội" + Bar + "Chuyên mục CCHC hằng tuần 14/12 07:30", output);
        Assert.Matches(@"Tuần 53/2026 \(28/12–03/01\)" + Bar + "Chuyên mục CCHC hằng tuần" + Bar + "28/12/2026 07:30", output);
        Assert.DoesNotMatch("Chuyên mục CCHC hằng tuần" + Bar + "07/12/2026 07:30", output);
        Assert.Contains("Còn phải tìm thêm", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_PlanEnded_SaysSoWithExitTwo()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 2, 1, 3, 0, 0, TimeSpan.Zero));
        Write("plan/2026.yaml", PlanYaml);

        var (exit, output) = await RunAsync(time, "plan", "next", "--plan", "2026");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Kế hoạch 2026 đã kết thúc ngày 31/12/2026", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_FreshDataFolder_CreatesLedgerAndCountsNothing()
    {
        Write("plan/2026.yaml", PlanYaml);

        var (exit, output) = await RunAsync("plan", "status", "--as-of", "2026-03-01");

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(DataRoot, "cchc.db")));
        Assert.Matches(@"NV01\s*[│|]\s*Tuyên truyền chủ trương\s*[│|]\s*[│|]\s*[│|]\s*Thường xuyên\s*[│|]\s*0\s*[│|]\s*0\s*[│|]\s*chưa có tin, bài hay hoạt động nào", output);
    }

    [Fact]
    public async Task Status_NoPlan_ExitsTwoWithHint()
    {
        var (exit, output) = await RunAsync("plan", "status");

        Assert.Equal(2, exit);
        Assert.Contains("Chưa có kế hoạch nào", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownPlanId_ListsKnownPlans()
    {
        Write("plan/2026.yaml", PlanYaml);

        var (exit, output) = await RunAsync("plan", "status", "--plan", "2025");

        Assert.Equal(2, exit);
        Assert.Contains("Không tìm thấy kế hoạch \"2025\"", output, StringComparison.Ordinal);
        Assert.Contains("Các kế hoạch hiện có: 2026", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_BrokenPlan_PrintsDiagnosticsWithLineAndColumn()
    {
        Write("plan/2026.yaml", PlanYaml.Replace("per: quarter", "per: quy-nam", StringComparison.Ordinal));

        var (exit, output) = await RunAsync("plan", "status", "--plan", "2026");

        Assert.Equal(2, exit);
        Assert.Matches(@"plan/2026\.yaml:6:\d+: error CCHC306: ", output);
        Assert.Contains("Tệp kế hoạch có lỗi", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Docx_WritesWordDocumentWithCountTables()
    {
        Write("plan/2026.yaml", PlanYaml);
        await SeedLedgerAsync();
        var file = Path.Combine(_root, "bao-cao", "quy-1.docx");

        var (exit, output) = await RunAsync("plan", "report", "--plan", "2026", "--period", "quarter", "--as-of", "2026-03-31", "--format", "docx", "--out", file);

        Assert.Equal(0, exit);
        Assert.Contains("Quý I/2026 (01/01/2026 – 14/03/2026, mốc chốt số liệu theo Nghị định 09/2019/NĐ-CP)", output, StringComparison.Ordinal);
        using var word = WordprocessingDocument.Open(file, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Elements<W.Paragraph>(), p => p.InnerText.StartsWith("KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN", StringComparison.Ordinal));
        var channelRows = body.Elements<W.Table>().First(t => t.InnerText.Contains("Kênh, hình thức", StringComparison.Ordinal)).Elements<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["1", "Tin, bài trên Trang thông tin điện tử", "2", "Sổ theo dõi đăng bài"], channelRows[1]);
        Assert.Contains(channelRows, r => r[1] == "Lượt phát tin, bài trên loa truyền thanh (đã xác nhận phát)" && r[2] == "1");
    }

    [Fact]
    public async Task Report_XlsxFromExtension_WritesWorkbookWithTargetSheet()
    {
        Write("plan/2026.yaml", PlanYaml);
        await SeedLedgerAsync();
        var file = Path.Combine(_root, "bao-cao.xlsx");

        var (exit, _) = await RunAsync("plan", "report", "--period", "Quý I/2026", "--as-of", "2026-03-31", "--out", file, "--calendar-periods");

        Assert.Equal(0, exit);
        using var excel = SpreadsheetDocument.Open(file, false);
        var workbook = excel.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "Chỉ tiêu");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal("Yêu cầu trong kỳ", rows[0].Elements<Cell>().ElementAt(3).InlineString!.InnerText);
        var website = rows[1].Elements<Cell>().ToList();
        Assert.Equal("13", website[3].CellValue!.Text); // 13 weeks' worth in Q1
        Assert.Equal("2", website[7].CellValue!.Text);
    }

    [Fact]
    public async Task Report_Markdown_WritesFile()
    {
        Write("plan/2026.yaml", PlanYaml);
        await SeedLedgerAsync();
        var file = Path.Combine(_root, "bao-cao.md");

        var (exit, _) = await RunAsync("plan", "report", "--period", "half", "--as-of", "2026-06-30", "--format", "md", "--out", file);

        Assert.Equal(0, exit);
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.StartsWith("# KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026", text, StringComparison.Ordinal);
        Assert.Contains("| 1 | Tin, bài trên Trang thông tin điện tử | 2 | Sổ theo dõi đăng bài |", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "pdf", "--out", "x.pdf", "--format \"pdf\" không hợp lệ")]
    [InlineData("--out", "x.txt", "--period", "quarter", "Không biết định dạng")]
    [InlineData("--period", "Quý I/2025", "--out", "x.md", "nằm ngoài kỳ kế hoạch")]
    [InlineData("--as-of", "31/02/2026", "--out", "x.md", "không phải một ngày hợp lệ")]
    public async Task Report_BadArguments_ExitTwoWithVietnameseMessage(string option1, string value1, string option2, string value2, string message)
    {
        Write("plan/2026.yaml", PlanYaml);
        string[] extra = option1 == "--period" || option2 == "--period" ? [] : ["--period", "quarter"];

        var (exit, output) = await RunAsync(["plan", "report", option1, value1, option2, Path.IsPathRooted(value2) || !value2.Contains('.', StringComparison.Ordinal) ? value2 : Path.Combine(_root, value2), .. extra]);

        Assert.Equal(2, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPlan_WorkerHost_SchedulesWeeklyCheckOnMondayMorningCommuneTime()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = _root });
        builder.AddCore().AddContent().AddLedger().AddPlan().AddPlan();
        using var host = builder.Build();

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(PlanJobKeys.WeeklyTrigger, TestContext.Current.CancellationToken));

        Assert.Equal(PlanJobKeys.WeeklyCheck, trigger.JobKey);
        Assert.Equal("0 0 8 ? * MON", trigger.CronExpressionString);
        Assert.Equal(new CommuneOptions().GetTimeZone().Id, trigger.TimeZone.Id);
        Assert.NotNull(await scheduler.GetJobDetail(PlanJobKeys.WeeklyCheck, TestContext.Current.CancellationToken));
        Assert.NotNull(host.Services.GetRequiredService<PlanProgressJob>());
    }
}
