using CchcPublisher.Content.Markdown;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Content.Markdown;

/// <summary>An article's body is parsed once and shared by every renderer; copies and equality stay correct.</summary>
public sealed class ParsedMarkdownTests
{
    [Fact]
    public void Document_ParsedOnce_SameInstanceForEveryRenderer()
    {
        var article = TestArticles.Create("a", body: "# Tiêu đề\n\nĐoạn **một**.");

        var first = article.Document;
        var second = article.Document;

        Assert.Same(first, second);
        Assert.Equal(2, first.Count);
    }

    [Fact]
    public void CopyWithNewBody_ParsesItsOwnBody_CopyWithOtherChangesSharesTheDocument()
    {
        var article = TestArticles.Create("a", body: "Đoạn một.");
        var parsed = article.Document;

        var retitled = article with { Title = "Tiêu đề khác" };
        var edited = article with { Body = "Đoạn một.\n\nĐoạn hai." };

        Assert.Same(parsed, retitled.Document);
        Assert.NotSame(parsed, edited.Document);
        Assert.Equal(2, edited.Document.Count);
    }

    [Fact]
    public void Equality_DependsOnTheText_NotOnWhetherItWasParsed()
    {
        var parsed = TestArticles.Create("a", body: "Nội dung.");
        _ = parsed.Document;
        var fresh = parsed with { Body = "Nội dung." }; // same text, not parsed yet

        Assert.Equal(parsed, fresh);
        Assert.Equal(parsed.GetHashCode(), fresh.GetHashCode());
        Assert.NotEqual(parsed, fresh with { Body = "Nội dung khác." });
    }

    [Fact]
    public void ReleaseDocument_LetsTheParseGo_NextUseParsesTheSameTextAgain()
    {
        var article = TestArticles.Create("a", body: "# Tiêu đề\n\nĐoạn **một**.");
        var first = article.Document;

        article.ReleaseDocument();
        var again = article.Document;

        Assert.NotSame(first, again);
        Assert.Equal(first.Count, again.Count);
        Assert.Same(again, article.Document);
    }

    [Fact]
    public void OnDisk_EqualByFileAndVersionWithoutReading_ReadOnFirstUse_CopyReadsItsOwn()
    {
        var files = new CountingReader("Nội dung **trên đĩa**.");
        var body = ParsedMarkdown.OnDisk(files, "/xa/articles/a.md", "H1");
        var same = ParsedMarkdown.OnDisk(files, "/xa/articles/a.md", "H1");

        Assert.Equal(body, same);
        Assert.NotEqual(body, ParsedMarkdown.OnDisk(files, "/xa/articles/a.md", "H2"));
        Assert.NotEqual(body, ParsedMarkdown.OnDisk(files, "/xa/articles/b.md", "H1"));
        Assert.Equal(0, files.Reads);

        Assert.Equal("Nội dung **trên đĩa**.", body.Text);
        _ = body.Document;
        Assert.Equal([("/xa/articles/a.md", "H1")], files.Asked);

        var copy = body.Copy();
        Assert.True(copy.IsOnDisk);
        Assert.Equal(body, copy);
        Assert.NotSame(body.Document, copy.Document);
        Assert.Equal(2, files.Reads);
    }

    private sealed class CountingReader(string text) : IArticleBodyReader
    {
        public List<(string Path, string Hash)> Asked { get; } = [];

        public int Reads => Asked.Count;

        public string ReadBody(string path, string hash)
        {
            Asked.Add((path, hash));
            return text;
        }
    }
}
