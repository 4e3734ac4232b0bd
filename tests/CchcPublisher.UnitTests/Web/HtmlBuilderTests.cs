using CchcPublisher.Web.Html;
using CchcPublisher.Web.Pages;

namespace CchcPublisher.UnitTests.Web;

public sealed class HtmlBuilderTests
{
    [Fact]
    public void Add_InterpolatedText_EncodedVietnameseKeptReadable()
    {
        const string title = "<script>alert(1)</script> Bài \"thử\" & 'nháy'";

        var html = new HtmlBuilder().Add($"<td title=\"{title}\">{title}</td>").ToString();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.StartsWith("<td title=\"&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Bài &quot;thử&quot; &amp; &#x27;nháy&#x27;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_HtmlTextHole_NotEncodedTwice()
    {
        var inner = HtmlBuilder.Of($"<b>{"a<b"}</b>");

        var html = new HtmlBuilder().Add($"<p>{inner}</p>").ToString();

        Assert.Equal("<p><b>a&lt;b</b></p>", html);
    }

    [Theory]
    [InlineData("/hang-doi", true)]
    [InlineData("/so-theo-doi?kenh=zalo", true)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("", false)]
    public void IsLocal_OnlyPathsOnThisSite(string url, bool expected) =>
        Assert.Equal(expected, LoginEndpoints.IsLocal(url));
}
