using System.Globalization;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Yaml;

namespace CchcPublisher.Plan;

/// <summary>Reads <c>audiences</c>, <c>budget</c>, <c>reporting</c> and <c>indicators</c> of a plan file (see <see cref="PlanDetails"/>).</summary>
internal static class PlanDetailsReader
{
    public static readonly string[] RootKeys = ["audiences", "budget", "reporting", "indicators"];

    private static readonly string[] BudgetKeys = ["source", "amount", "task", "note"];
    private static readonly string[] ReportingKeys = ["report", "to", "when"];
    private static readonly string[] IndicatorKeys = ["name", "at_least_percent", "measured_percent", "source"];

    public static PlanDetails Read(Dictionary<string, YamlEntry> fields, Func<Dictionary<string, YamlEntry>, string, List<string>> texts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(texts);
        return new PlanDetails
        {
            Audiences = texts(fields, "audiences"),
            Budget = Maps(fields, "budget", BudgetKeys, "{ source: Ngân sách xã, amount: 15000000 }", diagnostics, (f, map) =>
                PlanFileReader.Required(f, "source", map, diagnostics, "Dòng kinh phí chưa ghi nguồn (\"source: Ngân sách xã\").") is { } source
                    ? new PlanBudgetLine(source, Number(f, "amount", 0, decimal.MaxValue, diagnostics) is { } a ? (long)a : null,
                        YamlFields.Text(f, "task", diagnostics), YamlFields.Text(f, "note", diagnostics))
                    : null),
            Reporting = Maps(fields, "reporting", ReportingKeys, "{ report: Báo cáo quý, to: [UBND xã], when: Định kỳ hằng quý }", diagnostics, (f, map) =>
                PlanFileReader.Required(f, "report", map, diagnostics, "Chế độ báo cáo chưa ghi tên báo cáo (\"report: Báo cáo kết quả tuyên truyền CCHC quý\").") is { } report
                    ? new PlanReportingDuty(report, texts(f, "to"), YamlFields.Text(f, "when", diagnostics))
                    : null),
            Indicators = Maps(fields, "indicators", IndicatorKeys, "{ name: Mức độ hài lòng, at_least_percent: 90 }", diagnostics, (f, map) =>
            {
                var name = PlanFileReader.Required(f, "name", map, diagnostics, "Chỉ tiêu tỷ lệ chưa có tên (\"name: Mức độ hài lòng của người dân\").");
                var target = Number(f, "at_least_percent", 0, 100, diagnostics);
                if (target is null && !f.ContainsKey("at_least_percent"))
                {
                    diagnostics.Error(map.Line, map.Column, DiagnosticCodes.PlanTargetInvalid, "Chỉ tiêu tỷ lệ chưa có mức phần trăm (\"at_least_percent: 90\").");
                }

                return name is null || target is null ? null
                    : new PlanIndicator(name, target.Value, Number(f, "measured_percent", 0, 100, diagnostics), YamlFields.Text(f, "source", diagnostics));
            }),
        };
    }

    private static List<T> Maps<T>(
        Dictionary<string, YamlEntry> fields, string key, string[] keys, string example, DiagnosticBag diagnostics,
        Func<Dictionary<string, YamlEntry>, YamlMap, T?> read)
        where T : class
    {
        var result = new List<T>();
        if (!fields.TryGetValue(key, out var entry) || entry.Value is YamlScalar { IsNull: true })
        {
            return result;
        }

        if (entry.Value is not YamlList list)
        {
            diagnostics.Error(entry.Value.Line, entry.Value.Column, DiagnosticCodes.PlanStructure, $"\"{key}\" phải là danh sách, mỗi dòng dạng \"- {example}\".");
            return result;
        }

        foreach (var item in list.Items)
        {
            if (item is not YamlMap map)
            {
                diagnostics.Error(item.Line, item.Column, DiagnosticCodes.PlanStructure, $"Mỗi dòng của \"{key}\" phải có dạng {example}.");
                continue;
            }

            if (read(YamlFields.Index(map, keys, diagnostics), map) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static decimal? Number(Dictionary<string, YamlEntry> fields, string key, decimal min, decimal max, DiagnosticBag diagnostics)
    {
        var text = YamlFields.Text(fields, key, diagnostics);
        if (text is null)
        {
            return null;
        }

        var cleaned = text.Replace("%", string.Empty, StringComparison.Ordinal).Replace(",", ".", StringComparison.Ordinal).Trim();
        if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var at = fields[key].Value;
        diagnostics.Error(at.Line, at.Column, DiagnosticCodes.PlanTargetInvalid,
            string.Create(CultureInfo.InvariantCulture, $"\"{key}\" phải là số từ {min} đến {(max == decimal.MaxValue ? "∞" : max.ToString(CultureInfo.InvariantCulture))}, không phải \"{text}\"."));
        return null;
    }
}
