using CchcPublisher.Content.Import;
using static CchcPublisher.UnitTests.Content.Import.DocxBuilder;

namespace CchcPublisher.UnitTests.Content.Import;

public sealed class DocxArticleReaderTests
{
    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static ImportedArticle Read(DocxBuilder builder, string fallback = "tep-word")
    {
        using var stream = new MemoryStream(builder.Build());
        return DocxArticleReader.Read(stream, fallback, title => "bai");
    }

    [Fact]
    public void Structure_BecomesMarkdown()
    {
        var article = Read(new DocxBuilder()
            .Heading(1, "Hướng dẫn nộp hồ sơ trực tuyến")
            .Paragraph(R("Người dân "), R("không cần", bold: true), R(" đến trụ sở; "), R("chỉ cần", italic: true), R(" tài khoản VNeID."))
            .Heading(2, "Các bước thực hiện")
            .Numbered("Đăng nhập Cổng dịch vụ công")
            .Numbered("Chọn thủ tục")
            .Bullet("Khai sinh", level: 1)
            .Bullet("Kết hôn", level: 1)
            .Numbered("Nộp lệ phí")
            .Link("Xem thêm tại ", "Cổng dịch vụ công quốc gia", "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html")
            .Table(["Thủ tục", "Thời hạn"], ["Khai sinh", "Trong ngày"], ["Chứng thực | sao y", "2 ngày"])
            .Image(Png, "Sơ đồ các bước"));

        Assert.Equal("Hướng dẫn nộp hồ sơ trực tuyến", article.Title);
        Assert.Equal(
            """
            Người dân **không cần** đến trụ sở; *chỉ cần* tài khoản VNeID.

            ## Các bước thực hiện

            1. Đăng nhập Cổng dịch vụ công
            1. Chọn thủ tục
              - Khai sinh
              - Kết hôn
            1. Nộp lệ phí

            Xem thêm tại [Cổng dịch vụ công quốc gia](https://dichvucong.gov.vn/p/home/dvc-trang-chu.html)

            | Thủ tục | Thời hạn |
            | --- | --- |
            | Khai sinh | Trong ngày |
            | Chứng thực \| sao y | 2 ngày |

            ![Sơ đồ các bước](bai-anh-1.png)
            """.ReplaceLineEndings("\n"),
            article.Body);
        var image = Assert.Single(article.Images);
        Assert.Equal("bai-anh-1.png", image.FileName);
        Assert.Equal(Png, image.Content);
        Assert.Empty(article.LegacyEncodings);
    }

    [Fact]
    public void NoHeading_TakesTheLargestFirstParagraph()
    {
        var article = Read(new DocxBuilder()
            .Text("Bản tin cải cách hành chính tháng 12", size: 32, bold: true)
            .Text("Trong tháng, xã tiếp nhận 312 hồ sơ, 98% đúng hạn.", size: 26));

        Assert.Equal("Bản tin cải cách hành chính tháng 12", article.Title);
        Assert.Equal("Trong tháng, xã tiếp nhận 312 hồ sơ, 98% đúng hạn.", article.Body);
    }

    [Fact]
    public void Tcvn3Document_IsConvertedAndSaysSo()
    {
        var article = Read(new DocxBuilder { DefaultFont = ".VnTime" }
            .Text("th\u00ABng b\u00B8o", font: ".VnTimeH")
            .Text("v\u00D2 vi\u00D6c t\u00B9m d\u00F5ng ti\u00D5p nh\u00CBn h\u00E5 s\u00AC")
            .Text("Ng\u00AD\u00EAi d\u00A9n c\u00E3 th\u00D3 n\u00E9p h\u00E5 s\u00AC tr\u00F9c tuy\u00D5n qua C\u00E6ng d\u00DEch v\u00F4 c\u00ABng qu\u00E8c gia, \u00AE\u00AD\u00EEc tr\u00B6 k\u00D5t qu\u00B6 t\u00B9i nh\u00B5."));

        Assert.Equal("Thông báo về việc tạm dừng tiếp nhận hồ sơ", article.Title);
        Assert.Equal("Người dân có thể nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia, được trả kết quả tại nhà.", article.Body);
        Assert.Equal([LegacyEncoding.Tcvn3], article.LegacyEncodings);
    }

    [Fact]
    public void VniDocument_IsConvertedAndSaysSo()
    {
        var article = Read(new DocxBuilder()
            .Heading(1, "Tuyên truyền")
            .Text("Uûy ban nhaân daân xaõ Hoøa An ñeà nghò ngöôøi daân ñaêng kyù taøi khoaûn ñònh danh ñieän töû.", font: "VNI-Times"));

        Assert.Equal("Ủy ban nhân dân xã Hòa An đề nghị người dân đăng ký tài khoản định danh điện tử.", article.Body);
        Assert.Equal([LegacyEncoding.Vni], article.LegacyEncodings);
    }

    [Fact]
    public void AdministrativeHeading_IsKeptOutOfTheBody()
    {
        var article = Read(new DocxBuilder()
            .CellTable(
                ["ỦY BAN NHÂN DÂN\nXÃ HÒA AN\n-------\nSố: 125/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n----------------\nHòa An, ngày 05 tháng 12 năm 2026"])
            .Text("THÔNG BÁO", bold: true)
            .Text("V/v tạm dừng tiếp nhận hồ sơ ngày 15/12/2026", bold: true)
            .Text("--------")
            .Text("Để nâng cấp hệ thống, Bộ phận Một cửa tạm dừng tiếp nhận hồ sơ trực tiếp trong ngày 15/12/2026.")
            .CellTable(["Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An"]));

        Assert.Equal("Thông báo về việc tạm dừng tiếp nhận hồ sơ ngày 15/12/2026", article.Title);
        Assert.Equal("Về việc tạm dừng tiếp nhận hồ sơ ngày 15/12/2026", article.Summary);
        Assert.Equal(new DocumentHeading("Ủy ban nhân dân xã Hòa An", "125/TB-UBND", "Hòa An, ngày 05 tháng 12 năm 2026"), article.Heading);
        Assert.Equal(
            "Để nâng cấp hệ thống, Bộ phận Một cửa tạm dừng tiếp nhận hồ sơ trực tiếp trong ngày 15/12/2026.\n\nTM. ỦY BAN NHÂN DÂN\\\nCHỦ TỊCH\\\nNguyễn Văn An",
            article.Body);
    }

    [Fact]
    public void MarkdownLookalikes_AreEscaped()
    {
        var article = Read(new DocxBuilder()
            .Heading(1, "Tiêu đề")
            .Text("# không phải tiêu đề, dấu *sao* và _gạch_ [ngoặc]"));

        Assert.Equal(@"\# không phải tiêu đề, dấu \*sao\* và \_gạch\_ \[ngoặc\]", article.Body);
    }

    [Fact]
    public void NotAWordDocument_IsAVietnameseError()
    {
        using var stream = new MemoryStream("đây không phải tệp Word"u8.ToArray());
        var error = Assert.Throws<ImportException>(() => DocxArticleReader.Read(stream, "x", t => "x"));
        Assert.Contains("không phải tài liệu Word", error.Message, StringComparison.Ordinal);
    }
}
