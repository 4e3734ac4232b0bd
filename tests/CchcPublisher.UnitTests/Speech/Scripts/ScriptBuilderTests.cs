using CchcPublisher.Speech;
using CchcPublisher.Speech.Markdown;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.UnitTests.Speech.Scripts;

public sealed class ScriptBuilderTests
{
    private static readonly string CaseFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Speech", "Scripts");

    private static readonly ScriptBuilder Builder = new(SpeechNormalizer.Default);

    public static TheoryData<string> GoldenCases() => [.. Directory.GetFiles(CaseFolder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Build_GoldenArticle_MatchesExpectedScript(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(CaseFolder, name + ".md"));
        var heading = markdown.Split('\n')[0].TrimStart('#', ' ');
        var body = string.Join('\n', markdown.Split('\n').Skip(1));

        var script = Builder.Build(heading, body);

        Assert.Equal(File.ReadAllText(Path.Combine(CaseFolder, name + ".txt")), script.ToPlainText());
        Assert.Empty(SpeechText.Problems(script.ToPlainText()));
    }

    [Theory]
    [InlineData("## Thủ tục cần biết", "Thủ tục cần biết.")]
    [InlineData("Người dân *nên* nộp **trực tuyến**", "Người dân nên nộp trực tuyến.")]
    [InlineData("Xem [hướng dẫn chi tiết](https://hoaan.gov.vn/huong-dan) trên trang xã.", "Xem hướng dẫn chi tiết trên trang xã.")]
    [InlineData("Ảnh: ![Bộ phận một cửa](mot-cua.jpg)", "Ảnh.")]
    [InlineData("Bỏ ~~nội dung cũ~~ nội dung mới.", "Bỏ nội dung mới.")]
    [InlineData("Gõ lệnh `dangky` để đăng ký.", "Gõ lệnh dangky để đăng ký.")]
    [InlineData("- Một\n- Hai", "Một. Hai.")]
    [InlineData("3. Ba\n4. Bốn", "Thứ ba, ba. Thứ tư, bốn.")]
    [InlineData("- Mục cha\n  - Mục con", "Mục cha. Mục con.")]
    [InlineData("| A | B |\n|---|---|\n| 1 |  |\n", "A: 1.")]
    [InlineData("Dòng một  \ndòng hai", "Dòng một dòng hai.")]
    [InlineData("```\nKhông có ngôn ngữ\n```", "Không có ngôn ngữ.")]
    [InlineData("```yaml\nkey: value\n```", "")]
    [InlineData("Đoạn trước.\n\n```", "Đoạn trước.")]
    [InlineData("```\n```", "")]
    [InlineData("  Khoảng   trắng  **đậm**  ", "Khoảng trắng đậm.")]
    [InlineData("---\n\n***", "")]
    public void Render_MarkdownConstruct_HandledForListeners(string markdown, string expected) =>
        Assert.Equal(expected, string.Join(' ', MarkdownSpeechRenderer.Render(markdown)));

    [Fact]
    public void Build_TitleWithoutStop_GetsOneAndIsNormalized()
    {
        var script = Builder.Build("Quý III/2026: kết quả CCHC", "Nội dung.");

        Assert.Equal("Quý ba năm hai nghìn không trăm hai mươi sáu: kết quả cải cách hành chính.", script.Title);
    }

    [Fact]
    public void Build_EmptyBody_OnlyTitle()
    {
        var script = Builder.Build("Thông báo", "\n\n");

        Assert.Empty(script.Paragraphs);
        Assert.Equal("Thông báo.\n", script.ToPlainText());
    }

    [Fact]
    public void Build_Paragraph_SplitIntoSentences()
    {
        var script = Builder.Build("T", "Câu một. Câu hai! Câu ba?");

        Assert.Equal(["Câu một.", "Câu hai!", "Câu ba?"], Assert.Single(script.Paragraphs).Sentences);
    }

    [Fact]
    public void Build_UsesOneSnapshotOfTheNormalizerPerScript()
    {
        var normalizer = new CountingNormalizer();
        var script = new ScriptBuilder(normalizer).Build("T", "Một.\n\nHai.\n\n- ba\n- bốn");

        Assert.Equal(3, script.Paragraphs.Count);
        Assert.Equal(1, normalizer.Snapshots);
    }

    private sealed class CountingNormalizer : ISpeechNormalizer
    {
        public int Snapshots { get; private set; }

        public string Normalize(string text) => SpeechNormalizer.Default.Normalize(text);

        public ISpeechNormalizer Snapshot()
        {
            Snapshots++;
            return this;
        }
    }
}
