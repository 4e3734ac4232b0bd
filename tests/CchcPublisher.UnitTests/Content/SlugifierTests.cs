using CchcPublisher.Content.Slugs;

namespace CchcPublisher.UnitTests.Content;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Hướng dẫn nộp hồ sơ trực tuyến", "huong-dan-nop-ho-so-truc-tuyen")]
    [InlineData("ĐỀ ÁN 06: Định danh điện tử", "de-an-06-dinh-danh-dien-tu")]
    [InlineData("Nghị định 61/2018/NĐ-CP", "nghi-dinh-61-2018-nd-cp")]
    [InlineData("  --Xã Hòa An!!  ", "xa-hoa-an")]
    [InlineData("Tỷ lệ hồ sơ đúng hạn đạt 98,7%", "ty-le-ho-so-dung-han-dat-98-7")]
    [InlineData("Cải cách hành chính — “một cửa”", "cai-cach-hanh-chinh-mot-cua")]
    [InlineData("ưu tiên Ữ Ỹ ỵ", "uu-tien-u-y-y")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    public void Slugify_VietnameseText_ReadableAscii(string text, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(text));

    [Fact]
    public void Slugify_DecomposedInput_SameAsComposed()
    {
        var composed = "Chuyển đổi số cộng đồng";

        Assert.Equal(Slugifier.Slugify(composed), Slugifier.Slugify(composed.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void Slugify_LongTitle_CutAtWordBoundary()
    {
        var title = "Ủy ban nhân dân xã Hòa An triển khai kế hoạch tuyên truyền cải cách hành chính năm hai nghìn không trăm hai mươi bảy";

        var slug = Slugifier.Slugify(title);

        Assert.True(slug.Length <= Slugifier.DefaultMaxLength, slug);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith(slug + "-", Slugifier.Slugify(title, int.MaxValue), StringComparison.Ordinal);
    }

    [Fact]
    public void Slugify_CutFallsExactlyBeforeHyphen_KeepsWholeWord()
    {
        Assert.Equal("abc", Slugifier.Slugify("abc def", 3));
        Assert.Equal("abc", Slugifier.Slugify("abc def", 5));
    }

    [Fact]
    public void Slugify_SingleLongWord_HardCut()
    {
        Assert.Equal("abcde", Slugifier.Slugify("abcdefghij", 5));
    }

    [Fact]
    public void Slugify_EveryCharacterOfTheFoldTable_SameAsThroughIcu()
    {
        // A CJK character at the end (a separator, so it adds nothing) makes the text go through ICU's decomposition.
        var ranges = Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1E00, 0x100)).Concat(Enumerable.Range(0x2010, 0x18));
        foreach (var c in ranges.Select(code => (char)code))
        {
            var text = "a" + c + "b";
            Assert.Equal(Slugifier.Slugify(text + "\u4E2D"), Slugifier.Slugify(text));
        }
    }

    [Fact]
    public void Slugify_LongVietnameseText_SameAsThroughIcu()
    {
        var text = string.Concat(Enumerable.Repeat("Ủy ban nhân dân xã Hòa An – “một cửa” điện tử; ", 12));

        Assert.Equal(Slugifier.Slugify(text + "\u4E2D", int.MaxValue), Slugifier.Slugify(text, int.MaxValue));
        Assert.StartsWith("uy-ban-nhan-dan-xa-hoa-an-mot-cua-dien-tu-uy-ban", Slugifier.Slugify(text, int.MaxValue), StringComparison.Ordinal);
    }
}
