using System.Text.Json;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Http;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Channels.Http;

public sealed class OutboxWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 18, 30, 0, TimeSpan.Zero));

    private OutboxWriter Writer() =>
        new(Options.Create(new PathOptions { Data = _temp.Path }), Options.Create(new CommuneOptions()), _time);

    private static ApiRequest Request() =>
        new(HttpMethod.Post, new Uri("https://openapi.zalo.me/v2.0/article/create"), """{"title":"Thông báo"}""", ["access_token"]);

    [Fact]
    public async Task WriteAsync_Request_FileNamedByLocalDateSlugAndHash()
    {
        var article = SocialTestArticles.Create(id: "2026/Hướng dẫn ĐVC");

        var name = await Writer().WriteAsync(ChannelNames.Zalo, article, Request(), [], TestContext.Current.CancellationToken);

        // 18:30 UTC on 1 March is 01:30 on 2 March in Asia/Ho_Chi_Minh.
        Assert.Equal("2026-03-02_2026-huong-dan-dvc_01234567.json", name);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "outbox", "zalo", name)));
    }

    [Fact]
    public async Task WriteAsync_Request_WritesMethodUrlRedactedHeadersAndBody()
    {
        var writer = Writer();
        var name = await writer.WriteAsync(ChannelNames.Zalo, SocialTestArticles.Create(), Request(), ["ghi chú"], TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(writer.FolderFor("zalo"), name), TestContext.Current.CancellationToken));
        var root = json.RootElement;
        var request = root.GetProperty("request");
        Assert.Equal("zalo", root.GetProperty("channel").GetString());
        Assert.Equal("2026/huong-dan-dvc", root.GetProperty("articleId").GetString());
        Assert.Equal("POST", request.GetProperty("method").GetString());
        Assert.Equal("https://openapi.zalo.me/v2.0/article/create", request.GetProperty("url").GetString());
        Assert.Equal("<redacted>", request.GetProperty("headers").GetProperty("access_token").GetString());
        Assert.Equal("application/json", request.GetProperty("headers").GetProperty("Content-Type").GetString());
        Assert.Equal("Thông báo", request.GetProperty("body").GetProperty("title").GetString());
        Assert.Equal("ghi chú", root.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public async Task WriteAsync_Done_LeavesNoTemporaryFile()
    {
        var writer = Writer();
        await writer.WriteAsync(ChannelNames.Zalo, SocialTestArticles.Create(), Request(), [], TestContext.Current.CancellationToken);

        Assert.Single(Directory.GetFiles(writer.FolderFor("zalo")));
    }

    [Fact]
    public async Task Find_AfterMidnight_StillFindsTheVersion()
    {
        var writer = Writer();
        var article = SocialTestArticles.Create();
        var name = await writer.WriteAsync(ChannelNames.Zalo, article, Request(), [], TestContext.Current.CancellationToken);

        _time.Advance(TimeSpan.FromDays(3));

        Assert.Equal(name, writer.Find(ChannelNames.Zalo, article));
    }

    [Fact]
    public async Task Find_OtherVersionOrChannel_ReturnsNull()
    {
        var writer = Writer();
        await writer.WriteAsync(ChannelNames.Zalo, SocialTestArticles.Create(), Request(), [], TestContext.Current.CancellationToken);

        Assert.Null(writer.Find(ChannelNames.Zalo, SocialTestArticles.Create(contentHash: "fedcba9876543210")));
        Assert.Null(writer.Find(ChannelNames.Facebook, SocialTestArticles.Create()));
    }

    [Fact]
    public async Task CheckAsync_WritableFolder_Ok()
    {
        var result = await Writer().CheckAsync(ChannelNames.Zalo, TestContext.Current.CancellationToken);

        Assert.True(result.Ok, result.Message);
        Assert.Equal("outbox", result.Mode);
        Assert.Empty(Directory.GetFiles(Path.Combine(_temp.Path, "outbox", "zalo")));
    }

    [Fact]
    public async Task CheckAsync_DataPathIsAFile_NotOkInVietnamese()
    {
        var file = Path.Combine(_temp.Path, "data");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var writer = new OutboxWriter(Options.Create(new PathOptions { Data = file }), Options.Create(new CommuneOptions()), _time);

        var result = await writer.CheckAsync(ChannelNames.Facebook, TestContext.Current.CancellationToken);

        Assert.False(result.Ok);
        Assert.Contains("Không ghi được", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026/huong-dan-dvc", "2026-huong-dan-dvc")]
    [InlineData("Đề án 06 / Định danh", "de-an-06-dinh-danh")]
    [InlineData("___", null)]
    public void IdSlug_Id_AsciiSlug(string id, string? expected)
    {
        var slug = OutboxWriter.IdSlug(id);

        if (expected is null)
        {
            Assert.Matches("^bai-viet-[0-9a-f]{8}$", slug);
        }
        else
        {
            Assert.Equal(expected, slug);
        }
    }

    public void Dispose() => _temp.Dispose();
}
