using System.Text;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.UnitTests.Content;

public sealed class CategoryFileReaderTests
{
    private static CategoryFileResult Read(string yaml) =>
        CategoryFileReader.Read(Encoding.UTF8.GetBytes(yaml), "content/categories.yaml", CategoryTaxonomy.BuiltIn);

    [Fact]
    public void Read_NewCategory_AppendedAfterBuiltIn()
    {
        var result = Read("categories:\n  - key: an-ninh-trat-tu\n    label: An ninh, trật tự\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(CategoryTaxonomy.BuiltIn.All.Count + 1, result.Taxonomy.All.Count);
        Assert.Equal(new Category("an-ninh-trat-tu", "An ninh, trật tự", false, "AnNinhTratTu"), result.Taxonomy.All[^1]);
        Assert.True(result.Taxonomy.Contains("the-che"));
    }

    [Fact]
    public void Read_BuiltInKey_OverriddenInPlace()
    {
        var result = Read("categories:\n  - key: mot-cua\n    label: Bộ phận Tiếp nhận và Trả kết quả\n    hashtag: '#MotCuaHoaAn'\n");

        Assert.Empty(result.Diagnostics);
        var index = CategoryTaxonomy.BuiltIn.All.ToList().FindIndex(c => c.Key == "mot-cua");
        Assert.Equal(new Category("mot-cua", "Bộ phận Tiếp nhận và Trả kết quả", false, "MotCuaHoaAn"), result.Taxonomy.All[index]);
        Assert.Equal(CategoryTaxonomy.BuiltIn.All.Count, result.Taxonomy.All.Count);
    }

    [Fact]
    public void Read_BuiltInKeyWithoutLabel_KeepsBuiltInLabelAndHashtag()
    {
        var result = Read("categories:\n  - key: cong-vu\n    reform_area: false\n");

        Assert.Empty(result.Diagnostics);
        var category = result.Taxonomy.Find("cong-vu")!;
        Assert.Equal(("Cải cách chế độ công vụ", false, "CongVu"), (category.Label, category.ReformArea, category.Hashtag));
    }

    [Fact]
    public void Read_ReplaceBuiltIn_OnlyFileCategories()
    {
        var result = Read("replace_builtin: true\ncategories:\n  - key: tin-tuc\n    label: Tin tức\n    reform_area: yes\n  - key: cong-vu\n    label: Công vụ\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["tin-tuc", "cong-vu"], result.Taxonomy.All.Select(c => c.Key));
        Assert.True(result.Taxonomy.Find("tin-tuc")!.ReformArea);
        Assert.False(result.Taxonomy.Contains("the-che"));
    }

    [Fact]
    public void Read_ReplaceWithoutValidEntries_ErrorAndBuiltInKept()
    {
        var result = Read("replace_builtin: true\ncategories:\n  - key: Sai Ma\n    label: X\n");

        Assert.Equal([DiagnosticCodes.CategoriesFileStructure, DiagnosticCodes.CategoryKeyInvalid], result.Diagnostics.Select(d => d.Code));
        Assert.Same(CategoryTaxonomy.BuiltIn, result.Taxonomy);
    }

    [Fact]
    public void Read_InvalidKey_ReportsPositionAndSuggestion()
    {
        var result = Read("categories:\n  - key: An Ninh\n    label: An ninh\n  - key: tin-tuc\n    label: Tin tức\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("content/categories.yaml", 2, 10, DiagnosticCodes.CategoryKeyInvalid), (error.Path, error.Line, error.Column, error.Code));
        Assert.Contains("an-ninh", error.Message, StringComparison.Ordinal);
        Assert.True(result.Taxonomy.Contains("tin-tuc"));
        Assert.False(result.Taxonomy.Contains("an-ninh"));
    }

    [Fact]
    public void Read_MissingKeyAndLabel_Reported()
    {
        var result = Read("categories:\n  - label: Không có mã\n  - key: moi\n");

        Assert.Equal(
            [(DiagnosticCodes.CategoryKeyInvalid, 2, 5), (DiagnosticCodes.CategoryLabelMissing, 3, 10)],
            result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)));
    }

    [Fact]
    public void Read_DuplicateKey_SecondReported()
    {
        var result = Read("categories:\n  - key: tin-tuc\n    label: A\n  - key: tin-tuc\n    label: B\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.CategoryDuplicateKey, 4, 10), (error.Code, error.Line, error.Column));
        Assert.Equal("A", result.Taxonomy.Find("tin-tuc")!.Label);
    }

    [Theory]
    [InlineData("replace_builtin: maybe\ncategories:\n  - key: a\n    label: A\n", 1, 18)]
    [InlineData("categories:\n  - key: a\n    label: A\n    reform_area: 2\n", 4, 18)]
    [InlineData("categories:\n  - key: a\n    label: A\n    hashtag: có dấu cách\n", 4, 14)]
    public void Read_BadValue_Reported(string yaml, int line, int column)
    {
        var error = Assert.Single(Read(yaml).Diagnostics);

        Assert.Equal((DiagnosticCodes.CategoryValueInvalid, line, column), (error.Code, error.Line, error.Column));
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("- the-che\n", 1, 1)]
    [InlineData("replace_builtin: false\n", 1, 1)]
    [InlineData("categories: the-che\n", 1, 13)]
    [InlineData("categories:\n  - the-che\n", 2, 5)]
    public void Read_WrongStructure_Reported(string yaml, int line, int column)
    {
        var result = Read(yaml);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.CategoriesFileStructure, line, column), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Read_UnknownKey_Warns()
    {
        var result = Read("categories:\n  - key: a\n    lable: A\n    label: A\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownKey, 3, 5, DiagnosticSeverity.Warning), (warning.Code, warning.Line, warning.Column, warning.Severity));
        Assert.Contains("\"label\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SyntaxError_BuiltInKept()
    {
        var result = Read("categories:\n  - key: a\n   label: A\n");

        Assert.Equal(DiagnosticCodes.YamlSyntax, Assert.Single(result.Diagnostics).Code);
        Assert.Same(CategoryTaxonomy.BuiltIn, result.Taxonomy);
    }

    [Fact]
    public void Read_NotUtf8_Reported()
    {
        var result = CategoryFileReader.Read([0x6B, 0x65, 0x79, 0xAD], "c.yaml", CategoryTaxonomy.BuiltIn);

        Assert.Equal((DiagnosticCodes.NotUtf8, 1, 4), (result.Diagnostics[0].Code, result.Diagnostics[0].Line, result.Diagnostics[0].Column));
    }
}
