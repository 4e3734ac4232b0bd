using System.Security.Cryptography;
using System.Text;
using CchcPublisher.Content.Diagnostics;
using static CchcPublisher.UnitTests.Content.ContentTestFactory;

namespace CchcPublisher.UnitTests.Content;

public sealed class ArticleParserEncodingTests
{
    private const string Text = "---\ntitle: Hướng dẫn nộp hồ sơ\ncategories: cong-vu\nghi_chu_rieng: x\n---\nNội dung bài viết.\n";

    [Fact]
    public void Parse_Utf8Bom_AcceptedAndPositionsUnchanged()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray();

        var result = ParseBytes(bytes);

        Assert.Equal("Hướng dẫn nộp hồ sơ", result.Article?.Title);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((4, 1), (warning.Line, warning.Column));
        Assert.Equal(Parse(Text).Article!.ContentHash, result.Article!.ContentHash);
    }

    [Fact]
    public void Parse_CrLf_NormalizedToLf()
    {
        var result = Parse(Text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var article = Assert.IsType<CchcPublisher.Content.Articles.Article>(result.Article);
        Assert.Equal("Nội dung bài viết.\n", article.Body);
        Assert.Equal(6, article.BodyLine);
        Assert.Equal((4, 1), (result.Diagnostics[0].Line, result.Diagnostics[0].Column));
        Assert.Equal(Parse(Text).Article!.ContentHash, article.ContentHash);
    }

    [Fact]
    public void Parse_CrLfWithYamlError_ReportsSameLine()
    {
        var lf = "---\ntitle: T\ncategories: cong-vu\nstatus: darft\n---\nNội dung.\n";

        var crlf = Parse(lf.Replace("\n", "\r\n", StringComparison.Ordinal)).Diagnostics.Single();

        Assert.Equal((4, 9), (crlf.Line, crlf.Column));
    }

    [Fact]
    public void Parse_DecomposedText_NormalizedToNfc()
    {
        var nfd = Text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Text, nfd);

        var result = Parse(nfd);

        var article = result.Article!;
        Assert.Equal("Hướng dẫn nộp hồ sơ", article.Title);
        Assert.True(article.Title.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Nội dung bài viết.\n", article.Body);
        Assert.Equal(6, article.BodyLine);
        Assert.Equal(4, result.Diagnostics.Single().Line);
        Assert.Equal(Parse(Text).Article!.ContentHash, article.ContentHash);
    }

    [Fact]
    public void Parse_DecomposedText_ColumnsCountFileCharacters()
    {
        // "Hướng dẫn" decomposed is longer than composed: the category column must still be the file's column.
        var nfd = "---\ntitle: T\ncategories: [Hướng, khong-co]\n---\nNội dung.\n".Normalize(NormalizationForm.FormD);

        var errors = Parse(nfd).Diagnostics;

        Assert.Equal(2, errors.Count);
        var second = errors[1];
        Assert.Equal(3, second.Line);
        Assert.Equal(nfd.Split('\n')[2].IndexOf("khong-co", StringComparison.Ordinal) + 1, second.Column);
    }

    [Fact]
    public void Parse_Tcvn3Bytes_ReportsNotUtf8AtFirstBadByte()
    {
        // "Hướng dẫn" typed with the TCVN3 (ABC) font: single bytes above 0x7F that are not UTF-8.
        var prefix = Encoding.UTF8.GetBytes("---\ntitle: Xã ");
        byte[] tcvn3 = [0x48, 0xAD, 0xEA, 0x6E, 0x67, 0x20, 0x64, 0xAB, 0x6E];
        var bytes = prefix.Concat(tcvn3).Concat(Encoding.UTF8.GetBytes("\ncategories: cong-vu\n---\nx\n")).ToArray();

        var result = ParseBytes(bytes);

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotUtf8, error.Code);
        Assert.Equal((2, 12), (error.Line, error.Column));
        Assert.Contains("0xAD", error.Message, StringComparison.Ordinal);
        Assert.Contains("TCVN3", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VniBytes_ReportsNotUtf8()
    {
        // "Hoà" in VNI-Windows: "Hoa" followed by the combining-grave byte 0xF8.
        var bytes = Encoding.ASCII.GetBytes("---\ntitle: Hoa").Append((byte)0xF8).Concat(Encoding.ASCII.GetBytes("\ncategories: cong-vu\n---\nx\n")).ToArray();

        var error = Assert.Single(ParseBytes(bytes).Diagnostics);

        Assert.Equal((DiagnosticCodes.NotUtf8, 2, 11), (error.Code, error.Line, error.Column));
        Assert.Contains("VNI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BinaryFile_ReportsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var error = Assert.Single(ParseBytes(png).Diagnostics);

        Assert.Equal((DiagnosticCodes.BinaryFile, 3, 1), (error.Code, error.Line, error.Column));
        Assert.Contains("nhị phân", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NulInsideText_ReportsItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Tiêu đề\0\n");

        var error = Assert.Single(ParseBytes(bytes).Diagnostics);

        Assert.Equal((DiagnosticCodes.BinaryFile, 2, 15), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Parse_Utf16_ReportsSaveAsUtf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray();

        var error = Assert.Single(ParseBytes(bytes).Diagnostics);

        Assert.Equal(DiagnosticCodes.NotUtf8, error.Code);
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UsualFile_HashIsSha256OfTheBytes()
    {
        var article = Parse(Text).Article!;

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))), article.ContentHash);
        Assert.Equal("Nội dung bài viết.\n", article.Body);
        Assert.Equal(6, article.BodyLine);
    }

    [Theory]
    [InlineData("Hội nghị với đoàn 中国 và 한국.")] // NFC, but outside the quick ranges: the text is checked by ICU.
    [InlineData("Nội dung.")]
    [InlineData("")]
    public void Parse_BodyOfAnyScript_HashAndBodyAsTheDecodedFile(string body)
    {
        var text = "---\ntitle: Tiêu đề 中\ncategories: cong-vu\n---\n" + body;

        var result = Parse(text);
        var withBom = ParseBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        if (body.Length == 0)
        {
            Assert.Equal(DiagnosticCodes.EmptyBody, Assert.Single(result.Diagnostics).Code);
            return;
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), result.Article!.ContentHash);
        Assert.Equal(body, result.Article.Body);
        Assert.Equal("Tiêu đề 中", result.Article.Title);
        Assert.Equal(result.Article.ContentHash, withBom.Article!.ContentHash);
    }

    [Fact]
    public void Parse_BadByteInBody_ReportsNotUtf8AtIt()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: T\ncategories: cong-vu\n---\nXã Hoa").Append((byte)0xF8).ToArray();

        var error = Assert.Single(ParseBytes(bytes).Diagnostics);

        Assert.Equal((DiagnosticCodes.NotUtf8, 5, 7), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Parse_NulInBody_ReportsBinaryAtIt()
    {
        var error = Assert.Single(Parse("---\ntitle: T\ncategories: cong-vu\n---\nNội\0 dung.\n").Diagnostics);

        Assert.Equal((DiagnosticCodes.BinaryFile, 5, 4), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Parse_LoneCrInBody_BecomesLineFeed()
    {
        var article = Parse("---\ntitle: T\ncategories: cong-vu\n---\nDòng một.\rDòng hai.\n").Article!;

        Assert.Equal("Dòng một.\nDòng hai.\n", article.Body);
        Assert.Equal(Parse("---\ntitle: T\ncategories: cong-vu\n---\nDòng một.\nDòng hai.\n").Article!.ContentHash, article.ContentHash);
    }
}
