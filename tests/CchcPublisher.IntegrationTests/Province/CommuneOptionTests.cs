namespace CchcPublisher.IntegrationTests.Province;

/// <summary><c>--commune</c>: each commune its own settings, content, ledger and output; one broken commune stops only itself.</summary>
public sealed class CommuneOptionTests : IDisposable
{
    private readonly ProvinceFolder _province = new();

    public void Dispose() => _province.Dispose();

    [Fact]
    public async Task Publish_for_one_commune_writes_only_that_communes_data_with_its_settings()
    {
        _province.AddCommune("hoa-an", "UBND xã Hòa An", articles: 2);
        _province.AddCommune("binh-minh", "UBND phường Bình Minh", articles: 3);

        var (exit, output) = await _province.RunAsync("publish", "--due-until", "2026-12-01", "--commune", "binh-minh");

        Assert.True(exit == 0, output);
        var site = Path.Combine(_province.CommuneFolder("binh-minh"), "data");
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).ToList();
        Assert.Contains(pages, p => File.ReadAllText(p).Contains("UBND phường Bình Minh", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_province.CommuneFolder("hoa-an"), "data")));
        Assert.True(File.Exists(Path.Combine(site, "cchc.db")));

        var status = await _province.RunAsync("status", "--commune", "binh-minh");
        Assert.Contains("phường Bình Minh thông báo số 2", status.Output, StringComparison.Ordinal);
        var other = await _province.RunAsync("status", "--commune", "hoa-an");
        Assert.DoesNotContain("Bình Minh", other.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_commune_settings_fail_that_commune_only_with_the_file_named()
    {
        _province.AddCommune("hoa-an", "UBND xã Hòa An");
        _province.AddCommune("loi", "UBND xã Lỗi", settingsJson: "{ \"Commune\": { \"Name\": \"x\" \"WebsiteUrl\": 1 } }");

        var broken = await _province.RunAsync("status", "--commune", "loi");
        var fine = await _province.RunAsync("publish", "--due-until", "2026-12-01", "--commune", "hoa-an");

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains(Path.Combine("loi", "commune.json"), broken.Output, StringComparison.Ordinal);
        Assert.Contains("JSON", broken.Output, StringComparison.Ordinal);
        Assert.True(fine.ExitCode == 0, fine.Output);
    }

    [Theory]
    [InlineData("khong-co", "Không có xã \"khong-co\"")]
    [InlineData("Hoa_An", "mã xã chỉ gồm chữ thường")]
    public async Task Unknown_or_malformed_commune_is_a_usage_error_in_vietnamese(string commune, string expected)
    {
        _province.AddCommune("hoa-an", "UBND xã Hòa An");

        var (exit, output) = await _province.RunAsync("status", "--commune", commune);

        Assert.Equal(2, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        if (commune == "khong-co")
        {
            Assert.Contains("hoa-an", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Commune_without_a_province_root_says_which_setting_is_missing()
    {
        using var output = new StringWriter();
        var exit = await CchcPublisher.Cli.CliApp.RunAsync(["status", "--commune", "hoa-an"], output, _province.Time, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.Contains("Province:Root", output.ToString(), StringComparison.Ordinal);
    }
}
