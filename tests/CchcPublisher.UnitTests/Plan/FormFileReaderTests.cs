using System.Text;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Plan;

namespace CchcPublisher.UnitTests.Plan;

public sealed class FormFileReaderTests
{
    private static (FormTaxonomy Forms, IReadOnlyList<Diagnostic> Diagnostics) Read(string text) =>
        FormFileReader.Read(Encoding.UTF8.GetBytes(text), "content/forms.yaml");

    [Theory]
    [InlineData("toa-dam")]
    [InlineData("doi-thoai")]
    [InlineData("hoi-dap")]
    [InlineData("noi-chuyen-chuyen-de")]
    [InlineData("hop-khu-dan-cu")]
    [InlineData("tiep-am")]
    [InlineData("loa-thong-minh")]
    [InlineData("youtube")]
    [InlineData("zalo-nhom")]
    [InlineData("fanpage-cong-dong")]
    [InlineData("to-roi")]
    [InlineData("tuyen-truyen-luu-dong")]
    [InlineData("sinh-hoat-chi-bo")]
    public void BuiltIn_EveryFormTheSeedsName_HasAVietnameseLabel(string form)
    {
        Assert.True(FormTaxonomy.BuiltIn.IsActivityForm(form));
        Assert.NotEqual(form, FormTaxonomy.BuiltIn.Label(form));
    }

    [Fact]
    public void Read_NewFormAndRelabel_AppendsAndOverridesInPlace()
    {
        var (forms, diagnostics) = Read("forms:\n  - key: chieu-phim\n    label: Chiếu phim lưu động\n  - key: to-roi\n    label: Tờ gấp\n");

        Assert.Empty(diagnostics);
        Assert.Equal("Chiếu phim lưu động", forms.Label("chieu-phim"));
        Assert.Equal("Tờ gấp", forms.Label("to-roi"));
        Assert.Equal("chieu-phim", forms.ActivityForms[^1]);
        Assert.Equal(FormTaxonomy.BuiltIn.ActivityForms.ToList().IndexOf("to-roi"), forms.ActivityForms.ToList().IndexOf("to-roi"));
        Assert.Contains("website", forms.All);
    }

    [Fact]
    public void Read_ReplaceBuiltIn_OnlyListedFormsExist()
    {
        var (forms, diagnostics) = Read("replace_builtin: true\nforms:\n  - { key: chieu-phim, label: Chiếu phim }\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["chieu-phim"], forms.ActivityForms);
        Assert.False(forms.IsActivityForm("hop-thon"));
    }

    [Fact]
    public void Read_BadEntries_VietnameseErrorsWithLinesAndTheRestApplies()
    {
        var (forms, diagnostics) = Read(
            "forms:\n" +
            "  - key: Chiếu Phim\n    label: Chiếu phim\n" +      // line 2: not a key
            "  - key: moi\n" +                                     // line 4: no label
            "  - key: zalo\n    label: Zalo\n" +                  // line 5: a channel
            "  - key: van-nghe-moi\n    label: Văn nghệ mới\n" +   // line 7: fine
            "  - key: van-nghe-moi\n    label: Lặp\n");            // line 9: duplicate

        Assert.Equal([2, 4, 5, 9], diagnostics.Select(d => d.Line));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.FormsFileInvalid, d.Code));
        Assert.Contains("chieu-phim", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("thiếu \"label\"", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("tên kênh", diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Contains("hai lần", diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Equal("content/forms.yaml", diagnostics[0].Path);
        Assert.Equal("Văn nghệ mới", forms.Label("van-nghe-moi"));
    }

    [Fact]
    public void Read_NoFormsList_ErrorAndBuiltInForms()
    {
        var (forms, diagnostics) = Read("hinh-thuc: 3\n");

        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("\"forms\"", StringComparison.Ordinal));
        Assert.Same(FormTaxonomy.BuiltIn, forms);
    }
}
