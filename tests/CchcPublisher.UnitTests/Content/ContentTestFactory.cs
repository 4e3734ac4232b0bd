using System.Text;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Content;

internal static class ContentTestFactory
{
    public const string ValidFrontMatter = "---\ntitle: Hướng dẫn nộp hồ sơ trực tuyến\ncategories: [thu-tuc-hanh-chinh]\n---\n";

    public static ArticleParser Parser(string timeZone = "Asia/Ho_Chi_Minh", params string[] defaultChannels)
    {
        var content = new ContentOptions();
        if (defaultChannels.Length > 0)
        {
            content.DefaultChannels = defaultChannels;
        }

        return new ArticleParser(Options.Create(content), Options.Create(new CommuneOptions { TimeZone = timeZone }));
    }

    public static ContentLoader Loader(string? timeZone = null) =>
        new(Parser(timeZone ?? "Asia/Ho_Chi_Minh"), Options.Create(new PathOptions()), NullLogger<ContentLoader>.Instance);

    /// <summary>Parses text as if it were the file <c>&lt;root&gt;/articles/2026/bai-viet.md</c> (the file need not exist).</summary>
    public static ArticleParseResult Parse(string text, ArticleParser? parser = null, string relativePath = "articles/2026/bai-viet.md", string? root = null) =>
        ParseBytes(Encoding.UTF8.GetBytes(text), parser, relativePath, root);

    public static ArticleParseResult ParseBytes(byte[] bytes, ArticleParser? parser = null, string relativePath = "articles/2026/bai-viet.md", string? root = null)
    {
        var fullPath = Path.Combine(root ?? Path.GetTempPath(), relativePath);
        return (parser ?? Parser()).Parse(new ArticleSource(fullPath, relativePath, relativePath, bytes), CategoryTaxonomy.BuiltIn);
    }
}
