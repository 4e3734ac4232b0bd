using CchcPublisher.Content.Articles;

namespace CchcPublisher.UnitTests.Content;

public sealed class ArticleIdsTests
{
    [Theory]
    [InlineData("articles/2026/10/huong-dan.md", "2026/10/huong-dan")]
    [InlineData("articles/Tháng 11/Hướng dẫn nộp hồ sơ.md", "thang-11/huong-dan-nop-ho-so")]
    [InlineData("articles/a.b.md", "a-b")]
    [InlineData("articles/bai.MD", "bai")]
    [InlineData("khac/bai.md", "khac/bai")]
    public void Derive_RelativePath_SlugifiedSegments(string relativePath, string expected) =>
        Assert.Equal(expected, ArticleIds.Derive(relativePath));

    [Theory]
    [InlineData("articles/2026/___.md")]
    [InlineData("articles/!!!/bai.md")]
    public void Derive_SegmentWithoutLetters_ReturnsNull(string relativePath) =>
        Assert.Null(ArticleIds.Derive(relativePath));

    [Theory]
    [InlineData("2026/huong-dan", true)]
    [InlineData("a", true)]
    [InlineData("2026/Huong-dan", false)]
    [InlineData("2026/huong--dan", false)]
    [InlineData("2026/huong-dan/", false)]
    [InlineData("huong dan", false)]
    public void IsValid_Pattern(string id, bool expected) => Assert.Equal(expected, ArticleIds.IsValid(id));

    [Fact]
    public void Suggest_InvalidId_SlugifiesSegments() =>
        Assert.Equal("2026/bai-viet-so-1", ArticleIds.Suggest("2026/Bài Viết Số 1"));
}
