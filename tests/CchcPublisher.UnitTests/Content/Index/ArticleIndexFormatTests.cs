using System.Text;
using System.Text.Json;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Index;

namespace CchcPublisher.UnitTests.Content.Index;

/// <summary>
/// The index's JSON lines give back exactly what was written, for every member and the values that need escaping;
/// another key or version reads as no index, and a damaged file fails instead of giving a wrong entry.
/// </summary>
public sealed class ArticleIndexFormatTests
{
    private const string Key = "mvid\ntaxonomy\nwebsite,zalo|Asia/Ho_Chi_Minh";
    private static readonly string[] AllChannels = ["website", "zalo", "facebook", "radio"];
    private static readonly string[] WebsiteOnly = ["website"];

    private static IndexedParse[] Entries()
    {
        var random = new Random(17);
        string Text(int i) => i switch
        {
            0 => "Thủ tục hành chính \"một cửa\" <b>&</b> \\ \t dòng\nmới 😀",
            1 => string.Empty,
            2 => "\u0001\u001f\u2028\u2029",
            _ => $"Bài {i} – {new string((char)random.Next(0x20, 0x1EF9), random.Next(0, 40))}",
        };
        return [.. Enumerable.Range(0, 40).Select(i => new IndexedParse(
            $"articles/2026/{i:D2}/bài-{i}.md",
            random.NextInt64(0, long.MaxValue),
            random.NextInt64(0, DateTimeOffset.MaxValue.UtcTicks),
            i % 7 == 6 ? null : new IndexedArticle(
                Id: $"2026/{i:D2}/bai-{i}",
                SourcePath: $"/srv/cchc/content/articles/2026/{i:D2}/bài-{i}.md",
                RelativePath: $"articles/2026/{i:D2}/bài-{i}.md",
                Title: Text(i % 5),
                Categories: i % 4 == 0 ? Array.Empty<string>() : new[] { "the-che", Text(i) },
                PublishAt: i % 3 == 0 ? null : new DateTimeOffset(2026, 1 + (i % 12), 1 + (i % 28), i % 24, i % 60, 7, 123, TimeSpan.FromHours(i % 2 == 0 ? 7 : 0)),
                Channels: i % 2 == 0 ? AllChannels : WebsiteOnly,
                ChannelsExplicit: i % 2 == 1,
                Summary: i % 3 == 1 ? null : Text(i + 1),
                Author: i % 4 == 1 ? null : Text(i + 2),
                CoverPath: i % 5 == 0 ? "anh/bia.jpg" : null,
                PlanTask: i % 6 == 0 ? null : "II.3",
                Unit: i % 2 == 0 ? null : Text(i + 3),
                Status: i % 9 == 0 ? ArticleStatus.Draft : ArticleStatus.Ready,
                BodyLine: i + 5,
                Slug: $"bai-{i}",
                ContentHash: Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())),
                ModifiedAt: i % 8 == 0 ? null : new DateTimeOffset(2026, 12, 4, 1, 2, 3, TimeSpan.Zero).AddTicks(i * 1234567)),
            Diagnostics(i),
            IdLine: i % 10,
            IdColumn: i % 3))];

        Diagnostic[] Diagnostics(int i) => i % 3 != 0 ? [] :
            [new Diagnostic("articles/x.md", i, i + 1, i % 2 == 0 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "CCHC0" + i, Text(i))];
    }

    private static byte[] Write(IEnumerable<IndexedParse> entries, string key = Key)
    {
        using var stream = new MemoryStream();
        ArticleIndexFormat.WriteAsync(stream, key, entries, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static Dictionary<string, IndexedParse>? Read(byte[] bytes, string key = Key) =>
        ArticleIndexFormat.Read(new MemoryStream(bytes), key);

    /// <summary>Records with lists compare lists by reference: compare what a reader sees instead.</summary>
    private static string Describe(IndexedParse e) =>
        JsonSerializer.Serialize(new object?[]
        {
            e.RelativePath, e.Length, e.ModifiedTicks, e.IdLine, e.IdColumn,
            e.Diagnostics.Select(d => d.ToString() + "|" + d.Severity).ToArray(),
            e.Article is not { } a ? null : new object?[]
            {
                a.Id, a.SourcePath, a.RelativePath, a.Title, a.Categories.ToArray(), a.PublishAt?.ToString("O"), a.Channels.ToArray(), a.ChannelsExplicit,
                a.Summary, a.Author, a.CoverPath, a.PlanTask, a.Unit, a.Status.ToString(), a.BodyLine, a.Slug, a.ContentHash, a.ModifiedAt?.ToString("O"),
            },
        });

    [Fact]
    public void WriteThenRead_EveryMemberBackExactly()
    {
        var entries = Entries();

        var read = Read(Write(entries));

        Assert.NotNull(read);
        Assert.Equal(entries.Select(Describe), entries.Select(e => Describe(read[e.RelativePath])));
    }

    [Fact]
    public void Written_OneLinePerEntry_VietnameseAsUtf8()
    {
        var entries = Entries();

        var text = Encoding.UTF8.GetString(Write(entries));

        Assert.Equal(entries.Length + 1, text.Count(c => c == '\n'));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Contains("Thủ tục hành chính", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherKey_ReadsAsNoIndex() => Assert.Null(Read(Write(Entries()), Key + "x"));

    [Fact]
    public void OtherVersion_ReadsAsNoIndex()
    {
        var oldFormat = "{\"Version\":1,\"Key\":\"" + JsonEncodedText.Encode(Key) + "\",\"Entries\":[]}\n";

        Assert.Null(Read(Encoding.UTF8.GetBytes(oldFormat)));
    }

    [Fact]
    public void NoEntries_EmptyIndex() => Assert.Empty(Read(Write([]))!);

    [Fact]
    public void CutAnywhere_FailsOrGivesOnlyWholeEntries()
    {
        var entries = Entries();
        var bytes = Write(entries);
        var expected = entries.ToDictionary(e => e.RelativePath, Describe);

        for (var length = 0; length < bytes.Length; length += 7)
        {
            Dictionary<string, IndexedParse>? read;
            try
            {
                read = Read(bytes[..length]);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                continue;
            }

            // A cut right after a line feed: what is there is whole (the missing files are parsed again).
            Assert.True(length == 0 || bytes[length - 1] == (byte)'\n', $"cut at {length} read without an error");
            foreach (var (path, entry) in read ?? [])
            {
                Assert.Equal(expected[path], Describe(entry));
            }
        }
    }

    [Fact]
    public void LineLongerThanTheBuffer_Read()
    {
        var entry = Entries()[1];
        var longTitle = entry with { Article = entry.Article! with { Title = new string('ồ', 200_000) } };

        var read = Read(Write([longTitle]));

        Assert.Equal(Describe(longTitle), Describe(Assert.Single(read!.Values)));
    }

    [Theory]
    [InlineData("{\"Version\":2,\"Key\":\"k\"}\n{\"RelativePath\":\"a.md\",\"Length\":1}\n")]
    [InlineData("{\"Version\":2,\"Key\":\"k\"}\n[1,2]\n")]
    [InlineData("{\"Version\":2,\"Key\":\"k\"}\n{\"RelativePath\":\"a.md\",\"Length\":\"x\",\"ModifiedTicks\":1,\"Diagnostics\":[]}\n")]
    [InlineData("{\"Version\":2,\"Key\":\"k\"}\n{\"RelativePath\":\"a.md\",\"Length\":1,\"ModifiedTicks\":1,\"Diagnostics\":[],\"Article\":{\"Id\":\"a\"}}\n")]
    [InlineData("{\"Version\":2,\"Key\":\"k\"}\n\n")]
    public void DamagedLine_Fails(string text) =>
        Assert.ThrowsAny<Exception>(() => Read(Encoding.UTF8.GetBytes(text), "k"));

    [Fact]
    public void Read_RepeatedListsAndTexts_OneInstanceEach_ValuesUnchanged()
    {
        var written = Entries();
        var read = Read(Write(written))!;
        var articles = read.Values.Select(e => e.Article).OfType<IndexedArticle>().ToList();

        // Equal lists (channels, categories) and repeated texts (plan task) are one instance across the entries.
        foreach (var group in articles.GroupBy(a => string.Join("\u0000", a.Channels)))
        {
            Assert.All(group, a => Assert.Same(group.First().Channels, a.Channels));
        }

        var planTasks = articles.Where(a => a.PlanTask is not null).Select(a => a.PlanTask!).ToList();
        Assert.True(planTasks.Count > 10);
        Assert.All(planTasks, t => Assert.Same(planTasks[0], t));
        var empty = articles.Where(a => a.Categories.Count == 0).ToList();
        Assert.True(empty.Count > 1);
        Assert.All(empty, a => Assert.Same(empty[0].Categories, a.Categories));

        // A list shared by several entries is still each entry's own value.
        Assert.Equal(written.Select(Describe).Order(StringComparer.Ordinal), read.Values.Select(Describe).Order(StringComparer.Ordinal));
        Assert.All(read.Values.Where(e => e.Diagnostics.Count == 0), e => Assert.Empty(e.Diagnostics));
    }
}
