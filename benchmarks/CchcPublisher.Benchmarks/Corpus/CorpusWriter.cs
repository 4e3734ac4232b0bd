using System.Globalization;
using System.Text;

namespace CchcPublisher.Benchmarks.Corpus;

/// <summary>
/// Writes a content folder of N generated articles: <c>&lt;out&gt;/articles/&lt;yyyy&gt;/&lt;MM&gt;/bai-&lt;n&gt;.md</c>
/// (at most a few thousand files per folder, as a commune archive would be laid out by month).
/// </summary>
internal static class CorpusWriter
{
    /// <summary>Writes the corpus and returns the total size in bytes.</summary>
    public static long Write(string contentRoot, int count, int seed, DateOnly firstPublishDate, int datedPercent)
    {
        var articles = Path.Combine(contentRoot, "articles");
        if (Directory.Exists(articles) && Directory.EnumerateFileSystemEntries(articles).Any())
        {
            throw new InvalidOperationException(
                $"'{articles}' is not empty. Use --force to replace it (the folder is deleted first).");
        }

        Directory.CreateDirectory(articles);
        var generator = new ArticleGenerator(firstPublishDate, datedPercent);
        long bytes = 0;
        Parallel.For(0, count, () => 0L, (i, _, local) =>
        {
            // One Random per article: the corpus does not depend on thread scheduling.
            var random = new Random(HashCode.Combine(seed, i));
            var text = generator.Generate(i, ArticleGenerator.SizeFor(random), random);
            var month = new DateOnly(2024, 1, 1).AddMonths(i % 36);
            var folder = Path.Combine(articles, month.ToString("yyyy", CultureInfo.InvariantCulture), month.ToString("MM", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var data = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, $"bai-{(i + 1).ToString("D6", CultureInfo.InvariantCulture)}.md"), data);
            return local + data.Length;
        }, local => Interlocked.Add(ref bytes, local));
        return bytes;
    }
}
