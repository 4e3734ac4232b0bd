using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcPublisher.Content.Import;

/// <summary>
/// Recognises the heading block at the top of an administrative document (quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
/// VIỆT NAM", tiêu ngữ "Độc lập - Tự do - Hạnh phúc", the issuing body, "Số: …", "…, ngày … tháng … năm …") and
/// the document kind with its summary line ("THÔNG BÁO" / "Về việc …") that follows it.
/// </summary>
internal static partial class DocumentHeadingReader
{
    private static readonly string[] Kinds =
    [
        "THÔNG BÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH", "BÁO CÁO", "CÔNG VĂN", "TỜ TRÌNH", "GIẤY MỜI", "CHƯƠNG TRÌNH",
        "HƯỚNG DẪN", "CHỈ THỊ", "NGHỊ QUYẾT", "THƯ NGỎ", "LỜI KÊU GỌI", "BẢN TIN", "THÔNG CÁO", "QUY CHẾ",
        "KẾT LUẬN", "PHƯƠNG ÁN", "ĐỀ ÁN", "CÔNG ĐIỆN", "BIÊN BẢN", "THƯ MỜI", "HỒ SƠ", "DỰ THẢO",
    ];

    /// <summary>True when the lines hold the national motto or the country name: a heading block.</summary>
    public static bool IsHeadingText(IEnumerable<string> lines) => lines.Any(IsNationalLine);

    /// <summary>True for a line of the heading block that never belongs in the article.</summary>
    public static bool IsHeadingLine(string line) =>
        IsNationalLine(line) || IsSeparator(line) || NumberLine().IsMatch(line) || PlaceAndDateLine().IsMatch(line);

    /// <summary>Reads the issuing body, number and place-and-date line from the block's lines (in reading order).</summary>
    public static DocumentHeading Parse(IReadOnlyList<string> lines)
    {
        string? number = null;
        string? placeAndDate = null;
        var body = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || IsSeparator(line) || IsNationalLine(line))
            {
                continue;
            }

            if (NumberLine().Match(line) is { Success: true } match)
            {
                number ??= match.Groups["number"].Value.Trim();
            }
            else if (PlaceAndDateLine().IsMatch(line))
            {
                placeAndDate ??= line.Trim('*', '_', ' ');
            }
            else if (number is null && IsUpperCase(line))
            {
                body.Add(line);
            }
        }

        var issuingBody = body.Count == 0 ? null : ToReadableCase(string.Join(' ', body));
        return new DocumentHeading(issuingBody, number, placeAndDate);
    }

    /// <summary>The kind word of a document ("THÔNG BÁO") when the line is nothing else, in sentence case.</summary>
    public static string? KindOf(string line)
    {
        var trimmed = line.Trim().TrimEnd('.', ':');
        return Kinds.FirstOrDefault(k => string.Equals(Fold(trimmed), Fold(k), StringComparison.Ordinal)) is { } kind
            ? char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant()
            : null;
    }

    /// <summary>True for separator lines typed under the heading ("-----", "_____", "***").</summary>
    public static bool IsSeparator(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 3 && trimmed.All(c => c is '-' or '_' or '*' or '=' or '–' or '—' or '.' or ' ');
    }

    private static bool IsNationalLine(string line)
    {
        var folded = Fold(line);
        return folded.Contains("CONG HOA XA HOI CHU NGHIA VIET NAM", StringComparison.Ordinal)
            || (folded.Contains("DOC LAP", StringComparison.Ordinal) && folded.Contains("HANH PHUC", StringComparison.Ordinal));
    }

    private static bool IsUpperCase(string line) =>
        line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>"ỦY BAN NHÂN DÂN XÃ HÒA AN" → "Ủy ban nhân dân xã Hòa An": the body's words lower-cased after the
    /// first, the place name after "XÃ/PHƯỜNG/TỈNH/HUYỆN/THỊ TRẤN" capitalised.</summary>
    private static string ToReadableCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder();
        var properName = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].ToLowerInvariant();
            if (i == 0 || properName)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            if (!properName)
            {
                var folded = Fold(words[i]);
                var previous = i > 0 ? Fold(words[i - 1]) : string.Empty;
                properName = folded is "XA" or "PHUONG" or "TINH" or "HUYEN" or "QUAN"
                    || (folded, previous) is ("TRAN", "THI") or ("PHO", "THANH");
            }

            builder.Append(i == 0 ? string.Empty : " ").Append(word);
        }

        return builder.ToString();
    }

    /// <summary>Upper case without diacritics (Đ → D), for comparisons that must not care how a word was typed.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c is 'đ' or 'Đ' ? 'D' : char.ToUpperInvariant(c));
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^\s*Số\s*[:.]?\s*(?<number>[\p{L}\p{N}][\p{L}\p{N}/\-&. ]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^[\p{L} .\-]*,\s*ngày\s+[\d.…_ ]+\s*tháng\s+[\d.…_ ]+\s*năm\s+\d{4}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceAndDateLine();
}
