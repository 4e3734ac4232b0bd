using CchcPublisher.Channels.Http;

namespace CchcPublisher.UnitTests.Channels.Http;

public sealed class MediaUrlsTests
{
    private static readonly Uri Base = MediaUrls.DefaultBase("https://hoaan.example.gov.vn/");

    [Fact]
    public void DefaultBase_WebsiteUrl_AddsArticleFolder() =>
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/", Base.AbsoluteUri);

    [Fact]
    public void ForFile_VietnameseNameWithSpaces_IsPercentEncoded() =>
        Assert.Equal(
            "https://hoaan.example.gov.vn/bai-viet/m%E1%BB%99t%20c%E1%BB%ADa.jpg",
            MediaUrls.ForFile(Base, "/content/articles/2026/anh/một cửa.jpg").AbsoluteUri);

    [Theory]
    [InlineData("https://cdn.example.vn/a b.png", "https://cdn.example.vn/a%20b.png")]
    [InlineData("anh/bia.jpg", "https://hoaan.example.gov.vn/bai-viet/bia.jpg")]
    [InlineData("/anh/bia.jpg", "https://hoaan.example.gov.vn/bai-viet/bia.jpg")]
    public void Resolve_Reference_GivesPublicUrl(string reference, string expected) =>
        Assert.Equal(expected, MediaUrls.Resolve(Base, reference)?.AbsoluteUri);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("file:///etc/passwd")]
    [InlineData("")]
    public void Resolve_UnsafeOrEmpty_ReturnsNull(string reference) =>
        Assert.Null(MediaUrls.Resolve(Base, reference));
}
