using System.Text;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Content;

/// <summary>Every reader turns every failure of the parsers it calls into a Vietnamese diagnostic with a position.</summary>
public sealed class ReaderFailureTests
{
    public static TheoryData<string, string> BrokenYaml()
    {
        var data = new TheoryData<string, string>();
        string[] inputs =
        [
            "title: [Lỗi cú pháp\nsummary: Tóm tắt",
            "title: {Lỗi cú pháp\nsummary: Tóm tắt",
            "title: \"chưa đóng\nsummary: x",
            "a: b: c",
            "- [\n- {",
            "&a x: *b",
            "title: x\n\tsummary: y",
        ];
        foreach (var reader in InputReaders.Names)
        {
            foreach (var input in inputs)
            {
                data.Add(reader, input);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenYaml))]
    public void Read_BrokenYaml_ReportsVietnameseErrorWithPosition(string reader, string yaml)
    {
        var diagnostics = InputReaders.Read(reader, InputReaders.YamlInput(reader, yaml));

        Assert.Contains(diagnostics, d => d.IsError);
        foreach (var diagnostic in diagnostics)
        {
            Assert.True(diagnostic.Line >= 1 && diagnostic.Column >= 1, diagnostic.ToString());
            EnglishText.AssertNone(diagnostic.Message);
        }
    }

    [Fact]
    public void Parse_BodyNestedBeyondMarkdigLimit_ReportsErrorAtBody()
    {
        var body = "Mở đầu.\n\n" + new string('>', 300) + " trích dẫn\n";
        var result = ContentTestFactory.Parse(ContentTestFactory.ValidFrontMatter + body);

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BodyUnrenderable, error.Code);
        Assert.True(error.Line >= 5, error.ToString());
        EnglishText.AssertNone(error.Message);
    }
}
