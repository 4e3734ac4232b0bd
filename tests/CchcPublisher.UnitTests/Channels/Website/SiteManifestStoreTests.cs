using CchcPublisher.Channels.Website;

namespace CchcPublisher.UnitTests.Channels.Website;

/// <summary>
/// The run's "is the site whole?" check reads the manifest without the serializer (<see cref="SiteManifestStore.ReadSlugsAsync"/>):
/// it accepts exactly the manifests <see cref="SiteManifestStore.LoadAsync"/> accepts, and lists the same pages.
/// </summary>
public sealed class SiteManifestStoreTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "cchc-manifest-" + Guid.NewGuid().ToString("N"));

    public SiteManifestStoreTests() => Directory.CreateDirectory(_site);

    public void Dispose() => Directory.Delete(_site, recursive: true);

    private const string Entry =
        "\"id\":\"2026/10/a\",\"slug\":\"bai-a\",\"title\":\"Bài A\",\"publishedAt\":\"2026-10-05T00:30:00+00:00\",\"contentHash\":\"ab\"";

    public static TheoryData<string> Manifests() =>
    [
        // Accepted by both.
        "{\"version\":1,\"articles\":[{" + Entry + "}]}",
        "{\"version\":1,\"articles\":[{" + Entry + ",\"summary\":null,\"author\":\"Xã\",\"categories\":[\"the-che\"],\"updatedAt\":\"2026-11-01T00:00:00Z\",\"cover\":\"a.jpg\",\"extra\":{\"x\":[1]}}]}",
        "{\"version\":1,\"articles\":[]}",
        "{}",
        "{\"articles\":[{" + Entry + "},{" + Entry.Replace("bai-a", "bai-b", StringComparison.Ordinal) + "}]}",
        "{\"version\":1,\"articles\":[{" + Entry + ",\"title\":null,\"withdrawn\":false,\"categories\":null}]}",
        // Refused by both.
        "",
        "[]",
        "{\"version\":1,\"articles\":null}",
        "{\"version\":\"1\",\"articles\":[]}",
        "{\"version\":1,\"articles\":{}}",
        "{\"version\":1,\"articles\":[1]}",
        "{\"version\":1,\"articles\":[null]}",
        "{\"version\":1,\"articles\":[{" + Entry.Replace("\"slug\":\"bai-a\",", string.Empty, StringComparison.Ordinal) + "}]}",
        "{\"version\":1,\"articles\":[{" + Entry.Replace("\"contentHash\":\"ab\"", "\"x\":1", StringComparison.Ordinal) + "}]}",
        "{\"version\":1,\"articles\":[{" + Entry.Replace("2026-10-05T00:30:00+00:00", "hôm qua", StringComparison.Ordinal) + "}]}",
        "{\"version\":1,\"articles\":[{" + Entry.Replace("\"id\":\"2026/10/a\"", "\"id\":null", StringComparison.Ordinal) + "}]}",
        "{\"version\":1,\"articles\":[{" + Entry + ",\"categories\":\"the-che\"}]}",
        "{\"version\":1,\"articles\":[{" + Entry + ",\"updatedAt\":5}]}",
        "{\"version\":1,\"articles\":[{" + Entry + ",\"withdrawn\":\"yes\"}]}",
        "{\"version\":1,\"articles\":[{" + Entry + "}]",
    ];

    [Theory]
    [MemberData(nameof(Manifests))]
    public async Task ReadSlugs_AcceptsWhatLoadAccepts_SamePages(string json)
    {
        await File.WriteAllTextAsync(Path.Combine(_site, SiteManifestStore.FileName), json, TestContext.Current.CancellationToken);

        var loaded = await Outcome(() => SiteManifestStore.LoadAsync(_site, CancellationToken.None));
        var slugs = await Outcome(() => SiteManifestStore.ReadSlugsAsync(_site, CancellationToken.None));

        Assert.Equal(loaded.Refused, slugs.Refused);
        if (!loaded.Refused)
        {
            Assert.Equal(loaded.Value!.Articles.Select(a => a.Slug), slugs.Value!);
        }
    }

    [Fact]
    public async Task ReadSlugs_NoManifest_NoPages() =>
        Assert.Empty(await SiteManifestStore.ReadSlugsAsync(_site, TestContext.Current.CancellationToken));

    [Fact]
    public async Task ReadSlugs_JournalOfAnInterruptedBatch_Applied()
    {
        await File.WriteAllTextAsync(Path.Combine(_site, SiteManifestStore.FileName), "{\"version\":1,\"articles\":[{" + Entry + "}]}", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(
            Path.Combine(_site, SiteManifestStore.JournalName),
            "{" + Entry.Replace("2026/10/a", "2026/10/b", StringComparison.Ordinal).Replace("bai-a", "bai-b", StringComparison.Ordinal) + "}\n",
            TestContext.Current.CancellationToken);

        Assert.Equal(["bai-a", "bai-b"], await SiteManifestStore.ReadSlugsAsync(_site, TestContext.Current.CancellationToken));
    }

    private static async Task<(bool Refused, T? Value)> Outcome<T>(Func<Task<T>> read)
    {
        try
        {
            return (false, await read());
        }
        catch (InvalidDataException)
        {
            return (true, default);
        }
    }
}
