using CchcPublisher.IntegrationTests.TestSupport;

namespace CchcPublisher.IntegrationTests.Cli;

/// <summary><c>import</c> end to end: a Word notice becomes a draft that <c>validate</c> accepts.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Import_NoticeWithHeadingAndVniText_WritesDraftThatValidates()
    {
        var docx = Path.Combine(_workspace.Root, "thong-bao.docx");
        File.WriteAllBytes(docx, WordSamples.Notice());

        var (exit, output) = await _workspace.RunAsync("import", docx);

        Assert.True(exit == 0, output);
        Assert.True(output.Contains("đã chuyển phông VNI sang Unicode", StringComparison.Ordinal), output);
        var path = Path.Combine(_workspace.ContentRoot, "articles", "nhap", "thong-bao-ve-viec-lam-can-cuoc-luu-dong.md");
        var text = File.ReadAllText(path);
        Assert.Contains("title: \"Thông báo về việc làm căn cước lưu động\"", text, StringComparison.Ordinal);
        Assert.Contains("status: draft", text, StringComparison.Ordinal);
        Assert.Contains("author: \"Ủy ban nhân dân xã Hòa An\"", text, StringComparison.Ordinal);
        Assert.Contains("# Văn bản gốc: số 88/TB-UBND; Hòa An, ngày 01 tháng 12 năm 2026.", text, StringComparison.Ordinal);
        Assert.Contains("Công an xã làm căn cước lưu động tại nhà văn hóa thôn Đông Hòa.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CỘNG HÒA", text, StringComparison.Ordinal);
        Assert.True(File.Exists(docx), "a named file is the official's own: it is never moved or deleted");

        var (validateExit, validation) = await _workspace.RunAsync("validate");
        Assert.True(validateExit == 0, validation);
    }

    [Fact]
    public async Task Import_FromDropFolder_ImportsOnceAndKeepsTheDocument()
    {
        var drop = Path.Combine(_workspace.ContentRoot, "import");
        Directory.CreateDirectory(drop);
        File.WriteAllBytes(Path.Combine(drop, "thong-bao.docx"), WordSamples.Notice());
        File.WriteAllText(Path.Combine(drop, "ghi-chu.txt"), "không phải tệp Word");

        var (first, firstOutput) = await _workspace.RunAsync("import");
        var (second, secondOutput) = await _workspace.RunAsync("import");

        Assert.True(first == 0, firstOutput);
        Assert.True(second == 0, secondOutput);
        Assert.Contains("Không có tệp Word nào để nhập", secondOutput, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_workspace.ContentRoot, "articles", "nhap"), "*.md"));
        Assert.True(File.Exists(Path.Combine(drop, "da-nhap", "thong-bao.docx")));
        Assert.True(File.Exists(Path.Combine(drop, "ghi-chu.txt")));
    }

    [Fact]
    public async Task Import_NotADocx_SaysSoInVietnameseAndExitsOne()
    {
        var bad = Path.Combine(_workspace.Root, "hong.docx");
        File.WriteAllText(bad, "không phải Word");

        var (exit, output) = await _workspace.RunAsync("import", bad);

        Assert.Equal(1, exit);
        Assert.Contains("hong.docx: lỗi: Tệp không phải tài liệu Word", output, StringComparison.Ordinal);
    }
}
