namespace CchcPublisher.Speech.Passes;

/// <summary>
/// How a rate is said: the word after "/" is a counted noun ("đồng/người" → "đồng một người"), a unit of time
/// or area ("tạ/ha" → "tạ trên héc ta"), or anything else, which is only a pause ("nam/nữ" → "nam, nữ").
/// "/" is never read "hoặc".
/// </summary>
internal static class RateWords
{
    /// <summary>What "/" becomes before <paramref name="per"/>: a rate for counted nouns and units, else a pause.</summary>
    public static string AfterSlash(string per) =>
        PerCount.TryGetValue(per, out var count) ? " một " + count
        : PerUnit.TryGetValue(per, out var unit) ? " trên " + unit
        : ", " + per;

    /// <summary>The spoken form of a counted noun or unit after "một" ("kg" → "ki lô gam"); other words unchanged.</summary>
    public static string Counted(string per)
    {
        ArgumentNullException.ThrowIfNull(per);
        if (PerCount.TryGetValue(per, out var counted))
        {
            return counted;
        }

        // "đồng/kg lên mức": only the first word is the unit.
        var space = per.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && PerCount.TryGetValue(per[..space], out var first) ? first + per[space..] : per;
    }

    // Counted nouns and units after "/" read with "một": "40.000 đồng/người/lượt" → "… đồng một người một lượt".
    private static readonly Dictionary<string, string> PerCount = new(StringComparer.Ordinal)
    {
        ["người"] = "người", ["lượt"] = "lượt", ["hộ"] = "hộ", ["con"] = "con", ["lần"] = "lần", ["suất"] = "suất",
        ["khẩu"] = "khẩu", ["xe"] = "xe", ["chiếc"] = "chiếc", ["ngày"] = "ngày", ["tháng"] = "tháng", ["năm"] = "năm",
        ["tuần"] = "tuần", ["buổi"] = "buổi", ["ca"] = "ca", ["cháu"] = "cháu", ["em"] = "em", ["sào"] = "sào",
        ["mẫu"] = "mẫu", ["bao"] = "bao", ["cây"] = "cây", ["lít"] = "lít", ["tấn"] = "tấn", ["tạ"] = "tạ",
        ["bộ"] = "bộ", ["đêm"] = "đêm", ["kỳ"] = "kỳ", ["vụ"] = "vụ", ["lớp"] = "lớp", ["phòng"] = "phòng",
        ["kg"] = "ki lô gam", ["km"] = "ki lô mét", ["m"] = "mét", ["m2"] = "mét vuông", ["m3"] = "mét khối", ["km2"] = "ki lô mét vuông",
    };

    // Units of time and area after "/" read with "trên": "tạ/ha" → "tạ trên héc ta", "m3/s" → "… trên giây".
    private static readonly Dictionary<string, string> PerUnit = new(StringComparer.Ordinal)
    {
        ["ha"] = "héc ta", ["s"] = "giây", ["giây"] = "giây", ["h"] = "giờ", ["giờ"] = "giờ", ["phút"] = "phút",
    };
}
