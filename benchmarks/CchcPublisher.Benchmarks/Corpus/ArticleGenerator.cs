using System.Globalization;
using System.Text;
using CchcPublisher.Content.Categories;

namespace CchcPublisher.Benchmarks.Corpus;

/// <summary>How long a generated article is.</summary>
public enum ArticleSize
{
    /// <summary>A notice: a paragraph or two and a short list (about 1 KB).</summary>
    Notice,

    /// <summary>A typical column article: headings, lists, a table now and then (about 3–4 KB).</summary>
    Typical,

    /// <summary>A report or a plan summary (about 10 KB).</summary>
    Report,
}

/// <summary>
/// Writes realistic, valid Vietnamese articles (front matter + Markdown). Deterministic: the same seed and
/// index always give the same article, so corpora and benchmark inputs are reproducible.
/// </summary>
internal sealed class ArticleGenerator(DateOnly firstPublishDate, int datedPercent = 30)
{
    private static readonly string[] CategoryKeys = [.. CategoryTaxonomy.BuiltIn.All.Select(c => c.Key)];
    private static readonly string[] PublishTimes = ["07:00", "07:30", "11:00", "16:30", "17:00"];
    private static readonly string[] ChannelSets = ["[website]", "[website, radio]", "[website, zalo, facebook]", "[radio]"];

    /// <summary>Size mix of a corpus: mostly typical articles, some notices, a few long reports.</summary>
    public static ArticleSize SizeFor(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var roll = random.Next(100);
        return roll < 25 ? ArticleSize.Notice : roll < 88 ? ArticleSize.Typical : ArticleSize.Report;
    }

    /// <summary>The text of article number <paramref name="index"/> (UTF-8, LF line endings, no BOM).</summary>
    public string Generate(int index, ArticleSize size, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var text = new StringBuilder(size == ArticleSize.Report ? 12_000 : 4_000);
        var title = $"{Pick(random, Phrases.TitleOpenings)} {Pick(random, Phrases.TitleSubjects)} (số {index + 1})";
        text.Append("---\n");
        text.Append("title: \"").Append(title.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        text.Append("categories: [").Append(string.Join(", ", Categories(random))).Append("]\n");
        if (random.Next(100) < datedPercent)
        {
            var day = firstPublishDate.AddDays(random.Next(365));
            text.Append("publish_at: ").Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append(' ').Append(Pick(random, PublishTimes)).Append('\n');
        }

        if (random.Next(100) < 20)
        {
            text.Append("channels: ").Append(Pick(random, ChannelSets)).Append('\n');
        }

        if (random.Next(100) < 70)
        {
            text.Append("summary: ").Append(Sentence(random)).Append('\n');
        }

        if (random.Next(100) < 50)
        {
            text.Append("author: ").Append(Pick(random, Phrases.Authors)).Append('\n');
        }

        if (random.Next(100) < 40)
        {
            text.Append("plan_task: \"").Append(Pick(random, Phrases.PlanTasks)).Append("\"\n");
        }

        text.Append("---\n\n");
        Body(text, size, random);
        return text.ToString();
    }

    private static void Body(StringBuilder text, ArticleSize size, Random random)
    {
        var sections = size switch
        {
            ArticleSize.Notice => 0,
            ArticleSize.Typical => 2 + random.Next(2),
            _ => 6 + random.Next(3),
        };
        Paragraph(text, random, 2 + random.Next(2));
        if (sections == 0)
        {
            BulletList(text, random, 3);
            return;
        }

        for (var section = 0; section < sections; section++)
        {
            text.Append("## ").Append(Pick(random, Phrases.Headings)).Append("\n\n");
            Paragraph(text, random, 2 + random.Next(3));
            switch (random.Next(6))
            {
                case 0 or 1:
                    OrderedList(text, random, 3 + random.Next(3));
                    break;
                case 2 or 3:
                    BulletList(text, random, 2 + random.Next(4));
                    break;
                case 4:
                    Table(text, random);
                    break;
                default:
                    text.Append("> Mọi thắc mắc xin liên hệ Bộ phận một cửa, số điện thoại [0234 3123 456](tel:02343123456).\n\n");
                    break;
            }

            if (size == ArticleSize.Report)
            {
                Paragraph(text, random, 3 + random.Next(3));
            }
        }

        text.Append("Chi tiết xem tại [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn) hoặc liên hệ **Bộ phận một cửa** xã.\n");
    }

    private static void Paragraph(StringBuilder text, Random random, int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var sentence = Sentence(random);
            if (random.Next(8) == 0)
            {
                // Emphasis now and then, as officials use it for deadlines and key steps.
                sentence = "**" + sentence[..^1] + "**.";
            }

            text.Append(sentence);
        }

        text.Append("\n\n");
    }

    private static string Sentence(Random random) =>
        $"{Pick(random, Phrases.SentenceSubjects)} {Pick(random, Phrases.SentenceVerbs)} {Pick(random, Phrases.SentenceObjects)} {Pick(random, Phrases.SentenceEndings)}.";

    private static void OrderedList(StringBuilder text, Random random, int items)
    {
        for (var i = 0; i < items; i++)
        {
            text.Append(i + 1).Append(". ").Append(Pick(random, Phrases.ListItems)).Append(".\n");
        }

        text.Append('\n');
    }

    private static void BulletList(StringBuilder text, Random random, int items)
    {
        for (var i = 0; i < items; i++)
        {
            text.Append("- ").Append(Pick(random, Phrases.ListItems)).Append(";\n");
        }

        text.Append('\n');
    }

    private static void Table(StringBuilder text, Random random)
    {
        text.Append("| Thủ tục | Thời hạn giải quyết | Lệ phí |\n|:--|:--|--:|\n");
        for (var i = 0; i < 3 + random.Next(3); i++)
        {
            text.Append("| ").Append(Pick(random, Phrases.Procedures))
                .Append(" | ").Append(Pick(random, Phrases.Durations))
                .Append(" | ").Append(random.Next(3) == 0 ? "Miễn phí" : $"{(1 + random.Next(5)) * 10}.000 đồng").Append(" |\n");
        }

        text.Append('\n');
    }

    private static List<string> Categories(Random random)
    {
        var count = 1 + random.Next(3);
        var keys = new List<string>(count);
        while (keys.Count < count)
        {
            var key = Pick(random, CategoryKeys);
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
