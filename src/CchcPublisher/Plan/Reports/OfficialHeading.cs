using System.Globalization;

namespace CchcPublisher.Plan.Reports;

/// <summary>
/// The parts of an administrative document that Nghị định 30/2020/NĐ-CP (Phụ lục I, mẫu 1.1) fixes around the body:
/// the issuing body and number/symbol on the left, the national heading and the place and date on the right, the
/// recipients and the signature block at the end. Blanks (number, day, signer) are left for the office to fill.
/// </summary>
/// <param name="Issuer">Tên cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN" / "XÃ YÊN NGUYÊN" (two lines).</param>
/// <param name="Symbol">Ký hiệu after the number, e.g. "BC-UBND".</param>
/// <param name="Place">Địa danh for the date line.</param>
/// <param name="Year">Year of the date line.</param>
/// <param name="Recipients">Nơi nhận, one line each (the last is "Lưu: VT.").</param>
/// <param name="SignerAuthority">Quyền hạn người ký, e.g. "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".</param>
internal sealed record OfficialHeading(
    IReadOnlyList<string> Issuer,
    string Symbol,
    string Place,
    int Year,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SignerAuthority)
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"Số:      /BC-UBND": the number is given by the office's register when the report is issued.</summary>
    public string NumberLine => $"Số:        /{Symbol}";

    /// <summary>"Yên Nguyên, ngày      tháng      năm 2025".</summary>
    public string DateLine => string.Create(CultureInfo.InvariantCulture, $"{Place}, ngày      tháng      năm {Year}");

    /// <summary>
    /// The heading for a commune's report from the plan's <c>commune</c> ("UBND xã Yên Nguyên", "Ủy ban nhân dân
    /// phường Tào Xuyên"): the People's Committee issues it, signs it, and sends it to the committee above and the
    /// recipients the plan's reporting duties name.
    /// </summary>
    public static OfficialHeading ForCommune(PlanDocument plan, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (unit, place) = SplitCommune(plan.Commune);
        var recipients = plan.Details.Reporting
            .SelectMany(r => r.To)
            .Where(to => !string.IsNullOrWhiteSpace(to))
            .Distinct(StringComparer.Ordinal)
            .Select(to => $"- {to};")
            .Append("- Lưu: VT.")
            .ToList();
        return new OfficialHeading(
            ["ỦY BAN NHÂN DÂN", unit.ToUpper(Vietnamese)],
            "BC-UBND",
            place,
            asOf.Year,
            recipients,
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    }

    /// <summary>"UBND xã Yên Nguyên" → ("xã Yên Nguyên", "Yên Nguyên").</summary>
    private static (string Unit, string Place) SplitCommune(string commune)
    {
        var text = commune.Trim();
        foreach (var prefix in (string[])["Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND "])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].Trim();
                break;
            }
        }

        var place = text;
        foreach (var level in (string[])["thị trấn ", "thị xã ", "xã ", "phường ", "đặc khu "])
        {
            if (place.StartsWith(level, StringComparison.OrdinalIgnoreCase))
            {
                place = place[level.Length..].Trim();
                break;
            }
        }

        return (text, place.Length == 0 ? text : place);
    }
}
