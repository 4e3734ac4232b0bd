using System.Text;

namespace CchcPublisher.Benchmarks.Corpus;

/// <summary>Fixed benchmark inputs: one generated article of each size, always the same bytes.</summary>
internal static class ArticleSamples
{
    /// <summary>First publish date of sample articles (any fixed date: samples are parsed, never published).</summary>
    public static readonly DateOnly FirstPublishDate = new(2027, 1, 4);

    public static byte[] Bytes(ArticleSize size)
    {
        var random = new Random(20261123 + (int)size);
        return Encoding.UTF8.GetBytes(new ArticleGenerator(FirstPublishDate).Generate(41, size, random));
    }
}
