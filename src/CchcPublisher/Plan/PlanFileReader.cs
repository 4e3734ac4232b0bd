using System.Globalization;
using System.Text.RegularExpressions;
using CchcPublisher.Common;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Slugs;
using CchcPublisher.Content.Text;
using CchcPublisher.Content.Yaml;

namespace CchcPublisher.Plan;

/// <summary>
/// Reads one plan file. Never throws on bad input: every problem becomes a diagnostic at the offending key or
/// value, and the plan is returned only when there is no error. The format is documented in <c>docs/plan.md</c>:
/// <code>
/// title: Kế hoạch tuyên truyền cải cách hành chính năm 2026
/// commune: UBND xã Hòa An
/// period: Năm 2026
/// legal_basis: [ ... ]
/// targets:
///   - { form: website, at_least: 1, per: week }
///   - { category: reform-areas, at_least: 1, per: quarter }
/// tasks:
///   - id: NV01
///     name: Tuyên truyền ...
///     forms: [radio, hop-thon]
///     categories: [chu-truong-chinh-sach]
///     lead: Phòng Văn hóa - Xã hội
///     partners: [Các cơ quan, đơn vị]
///     time: Thường xuyên
///     targets: [{ at_least: 1, per: month }]
/// </code>
/// </summary>
internal static partial class PlanFileReader
{
    /// <summary>In a target, <c>category: reform-areas</c> means each of the taxonomy's reform areas on its own.</summary>
    public const string ReformAreas = "reform-areas";

    private static readonly string[] RootKeys = ["id", "title", "number", "commune", "period", "legal_basis", "targets", "tasks", .. PlanDetailsReader.RootKeys];
    private static readonly string[] TaskKeys = ["id", "name", "forms", "categories", "lead", "partners", "time", "targets"];
    private static readonly string[] TargetKeys = ["form", "category", "at_least", "per", "note"];
    private static readonly string[] TaskTargetKeys = ["form", "at_least", "per", "note"];

    private static readonly Dictionary<string, PeriodUnit> Units = new(StringComparer.Ordinal)
    {
        ["week"] = PeriodUnit.Week,
        ["tuan"] = PeriodUnit.Week,
        ["month"] = PeriodUnit.Month,
        ["thang"] = PeriodUnit.Month,
        ["quarter"] = PeriodUnit.Quarter,
        ["quy"] = PeriodUnit.Quarter,
        ["half"] = PeriodUnit.Half,
        ["6-thang"] = PeriodUnit.Half,
        ["year"] = PeriodUnit.Year,
        ["nam"] = PeriodUnit.Year,
        ["plan"] = PeriodUnit.Whole,
        ["ca-ky"] = PeriodUnit.Whole,
    };

    /// <param name="bytes">The file's bytes.</param>
    /// <param name="displayPath">Path as diagnostics show it.</param>
    /// <param name="relativePath">Path under the content root, with '/'.</param>
    /// <param name="taxonomy">Categories in force.</param>
    /// <param name="forms">Forms in force (built-in plus <c>content/forms.yaml</c>); <c>null</c> means the built-in ones.</param>
    public static (PlanDocument? Plan, IReadOnlyList<Diagnostic> Diagnostics) Read(
        ReadOnlySpan<byte> bytes, string displayPath, string relativePath, CategoryTaxonomy taxonomy, FormTaxonomy? forms = null)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var diagnostics = new DiagnosticBag(displayPath);
        var plan = ReadPlan(bytes, relativePath, taxonomy, forms ?? FormTaxonomy.BuiltIn, diagnostics);
        return (diagnostics.HasErrors ? null : plan, diagnostics.ToSortedList());
    }

    private static PlanDocument? ReadPlan(ReadOnlySpan<byte> bytes, string relativePath, CategoryTaxonomy taxonomy, FormTaxonomy forms, DiagnosticBag diagnostics)
    {
        var text = SourceTextDecoder.Decode(bytes, diagnostics);
        if (text is null || !YamlTreeReader.TryRead(text.Text, 1, diagnostics, out var root))
        {
            return null;
        }

        if (root is not YamlMap map)
        {
            diagnostics.Error(root?.Line ?? 1, root?.Column ?? 1, DiagnosticCodes.PlanStructure,
                "Tệp kế hoạch phải gồm các dòng \"khóa: giá trị\" (title, commune, period, tasks...). Xem mẫu trong docs/plan.md.");
            return null;
        }

        var fields = YamlFields.Index(map, RootKeys, diagnostics);
        var id = ReadId(fields, relativePath, diagnostics);
        var title = Required(fields, "title", map, diagnostics, "Kế hoạch chưa có tên (\"title: Kế hoạch tuyên truyền cải cách hành chính năm 2026\").");
        var number = YamlFields.Text(fields, "number", diagnostics);
        var commune = Required(fields, "commune", map, diagnostics, "Kế hoạch chưa ghi đơn vị ban hành (\"commune: UBND xã Hòa An\").");
        var period = ReadPlanPeriod(fields, map, diagnostics);
        var legalBasis = ReadTexts(fields, "legal_basis", diagnostics);
        var details = PlanDetailsReader.Read(fields, (f, key) => ReadTexts(f, key, diagnostics), diagnostics);
        var tasks = period is null ? [] : ReadTasks(fields, period.Value.Range, taxonomy, forms, diagnostics);
        var targets = period is null ? [] : ReadTargets(fields, "targets", TargetKeys, period.Value.Range, null, taxonomy, forms, diagnostics);
        if (period is null || title is null || commune is null || id is null)
        {
            return null;
        }

        return new PlanDocument
        {
            Forms = forms,
            Id = id,
            RelativePath = relativePath,
            Title = title,
            Number = number,
            Commune = commune,
            Period = period.Value.Range,
            PeriodText = period.Value.Text,
            LegalBasis = legalBasis,
            Details = details,
            Tasks = [.. tasks.Select(t => t.Task)],
            Targets = [.. targets, .. tasks.SelectMany(t => t.Targets)],
        };
    }

    private static string? ReadId(Dictionary<string, YamlEntry> fields, string relativePath, DiagnosticBag diagnostics)
    {
        var id = YamlFields.Text(fields, "id", diagnostics) ?? Path.GetFileNameWithoutExtension(relativePath);
        if (IdPattern().IsMatch(id))
        {
            return id;
        }

        var (line, column) = fields.TryGetValue("id", out var entry) ? (entry.Value.Line, entry.Value.Column) : (1, 1);
        diagnostics.Error(line, column, DiagnosticCodes.PlanTaskIdInvalid,
            $"Mã kế hoạch \"{id}\" không hợp lệ: chỉ dùng chữ không dấu, chữ số, '-', '_' hoặc '.' (ví dụ \"2026\" hoặc \"2025-6-thang-cuoi\"). Đổi tên tệp hoặc ghi \"id: ...\".");
        return null;
    }

    private static (DateRange Range, string Text)? ReadPlanPeriod(Dictionary<string, YamlEntry> fields, YamlMap map, DiagnosticBag diagnostics)
    {
        var text = Required(fields, "period", map, diagnostics,
            "Kế hoạch chưa ghi kỳ kế hoạch (\"period: Năm 2026\" hoặc \"period: 6 tháng cuối năm 2025\").");
        if (text is null)
        {
            return null;
        }

        var value = fields["period"].Value;
        var result = PeriodText.Parse(text, defaultYear: null);
        if (result.IsOngoing)
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.PlanInvalidPeriod,
                $"Kỳ kế hoạch phải là một khoảng thời gian cụ thể, không phải \"{text}\" (ví dụ \"Năm 2026\").");
            return null;
        }

        if (!Report(result, value, "Kỳ kế hoạch", diagnostics))
        {
            return null;
        }

        return (result.Value!.Value, text);
    }

    private static List<(PlanTask Task, List<PlanTarget> Targets)> ReadTasks(
        Dictionary<string, YamlEntry> fields, DateRange period, CategoryTaxonomy taxonomy, FormTaxonomy forms, DiagnosticBag diagnostics)
    {
        var result = new List<(PlanTask, List<PlanTarget>)>();
        if (!fields.TryGetValue("tasks", out var entry) || entry.Value is YamlScalar { IsNull: true })
        {
            return result;
        }

        if (entry.Value is not YamlList list)
        {
            diagnostics.Error(entry.Value.Line, entry.Value.Column, DiagnosticCodes.PlanStructure,
                "\"tasks\" phải là danh sách nhiệm vụ, mỗi nhiệm vụ bắt đầu bằng \"- id: NV01\".");
            return result;
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Items)
        {
            if (ReadTask(item, period, taxonomy, forms, seen, diagnostics) is { } task)
            {
                result.Add(task);
            }
        }

        return result;
    }

    private static (PlanTask Task, List<PlanTarget> Targets)? ReadTask(
        YamlValue item, DateRange period, CategoryTaxonomy taxonomy, FormTaxonomy forms, Dictionary<string, int> seen, DiagnosticBag diagnostics)
    {
        if (item is not YamlMap map)
        {
            diagnostics.Error(item.Line, item.Column, DiagnosticCodes.PlanStructure,
                $"Mỗi nhiệm vụ phải là một nhóm \"id: ...\", \"name: ...\", \"time: ...\", không phải {item.KindLabel}.");
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var fields = YamlFields.Index(map, TaskKeys, diagnostics);
        var id = Required(fields, "id", map, diagnostics, "Nhiệm vụ chưa có mã (\"id: NV01\"); bài viết và hoạt động ghi mã này để được tính vào nhiệm vụ.");
        if (id is not null)
        {
            var at = fields["id"].Value;
            if (!IdPattern().IsMatch(id))
            {
                diagnostics.Error(at.Line, at.Column, DiagnosticCodes.PlanTaskIdInvalid,
                    $"Mã nhiệm vụ \"{id}\" không hợp lệ: chỉ dùng chữ không dấu, chữ số, '-', '_' hoặc '.' (ví dụ \"NV01\").");
            }
            else if (seen.TryGetValue(id, out var firstLine))
            {
                diagnostics.Error(at.Line, at.Column, DiagnosticCodes.PlanTaskIdInvalid,
                    $"Mã nhiệm vụ \"{id}\" đã dùng cho nhiệm vụ ở dòng {firstLine}. Mỗi nhiệm vụ cần một mã riêng.");
            }
            else
            {
                seen.Add(id, at.Line);
            }
        }

        var name = Required(fields, "name", map, diagnostics, "Nhiệm vụ chưa có nội dung (\"name: Tuyên truyền ...\").");
        var taskForms = ReadForms(fields, forms, diagnostics);
        var categories = ReadCategories(fields, "categories", taxonomy, diagnostics);
        var lead = YamlFields.Text(fields, "lead", diagnostics);
        var partners = ReadTexts(fields, "partners", diagnostics);
        var time = ReadTaskTime(fields, map, period, id, diagnostics);
        var targets = time is null || id is null
            ? []
            : ReadTargets(fields, "targets", TaskTargetKeys, time.Value.Range, id, taxonomy, forms, diagnostics);
        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore || id is null || name is null || time is null)
        {
            return null;
        }

        var task = new PlanTask
        {
            Id = id,
            Name = name,
            Forms = taskForms,
            Categories = categories,
            Lead = lead,
            Partners = partners,
            TimeText = time.Value.Text,
            Time = time.Value.Range,
            Ongoing = time.Value.Ongoing,
        };
        return (task, targets);
    }

    private static (DateRange Range, string Text, bool Ongoing)? ReadTaskTime(
        Dictionary<string, YamlEntry> fields, YamlMap map, DateRange period, string? id, DiagnosticBag diagnostics)
    {
        var label = id is null ? "Nhiệm vụ" : $"Nhiệm vụ {id}";
        var text = Required(fields, "time", map, diagnostics,
            $"{label} chưa có thời gian thực hiện (\"time: Thường xuyên\", \"time: Quý III, quý IV năm 2025\" hoặc \"time: từ 01/3/2026 đến 31/5/2026\").");
        if (text is null)
        {
            return null;
        }

        var value = fields["time"].Value;
        int? defaultYear = period.Start.Year == period.End.Year ? period.Start.Year : null;
        var result = PeriodText.Parse(text, defaultYear);
        if (result.IsOngoing)
        {
            return (period, text, true);
        }

        if (!Report(result, value, $"Thời gian của {label.ToLowerInvariant()}", diagnostics))
        {
            return null;
        }

        var range = result.Value!.Value;
        if (!period.Contains(range))
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.PlanImpossiblePeriod,
                $"Thời gian \"{text}\" ({range}) nằm ngoài kỳ kế hoạch ({period}). Sửa thời gian của nhiệm vụ hoặc kỳ của kế hoạch.");
            return null;
        }

        return (range, text, false);
    }

    private static List<PlanTarget> ReadTargets(
        Dictionary<string, YamlEntry> fields, string key, string[] knownKeys, DateRange window, string? taskId,
        CategoryTaxonomy taxonomy, FormTaxonomy forms, DiagnosticBag diagnostics)
    {
        var targets = new List<PlanTarget>();
        if (!fields.TryGetValue(key, out var entry) || entry.Value is YamlScalar { IsNull: true })
        {
            return targets;
        }

        var items = entry.Value switch
        {
            YamlList list => list.Items,
            YamlMap single => [single],
            _ => null,
        };
        if (items is null)
        {
            diagnostics.Error(entry.Value.Line, entry.Value.Column, DiagnosticCodes.PlanStructure,
                $"\"{key}\" phải là danh sách chỉ tiêu, mỗi chỉ tiêu dạng \"- {{ form: website, at_least: 1, per: week }}\".");
            return targets;
        }

        foreach (var item in items)
        {
            if (item is not YamlMap map)
            {
                diagnostics.Error(item.Line, item.Column, DiagnosticCodes.PlanStructure,
                    $"Mỗi chỉ tiêu phải là một nhóm \"at_least: ...\", \"per: ...\", không phải {item.KindLabel}.");
                continue;
            }

            targets.AddRange(ReadTarget(map, knownKeys, window, taskId, taxonomy, forms, diagnostics));
        }

        return targets;
    }

    private static List<PlanTarget> ReadTarget(
        YamlMap map, string[] knownKeys, DateRange window, string? taskId, CategoryTaxonomy taxonomy, FormTaxonomy forms, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var fields = YamlFields.Index(map, knownKeys, diagnostics);
        var atLeast = ReadPositiveInt(fields, "at_least", map, diagnostics);
        var per = ReadUnit(fields, map, diagnostics);
        var note = YamlFields.Text(fields, "note", diagnostics);
        var form = YamlFields.Text(fields, "form", diagnostics)?.ToLowerInvariant();
        if (form is not null && !CheckForm(form, fields["form"].Value, forms, diagnostics))
        {
            form = null;
        }

        List<string> categories = [];
        if (fields.TryGetValue("category", out var categoryEntry))
        {
            categories = categoryEntry.Value is YamlScalar { IsNull: false } scalar && Slugifier.Slugify(scalar.Text) is ReformAreas or "linh-vuc-cai-cach"
                ? [.. taxonomy.All.Where(c => c.ReformArea).Select(c => c.Key)]
                : ReadCategories(fields, "category", taxonomy, diagnostics);
        }

        if (taskId is null && fields.ContainsKey("form") == fields.ContainsKey("category"))
        {
            diagnostics.Error(map.Line, map.Column, DiagnosticCodes.PlanTargetInvalid,
                "Mỗi chỉ tiêu của kế hoạch đếm theo đúng một thứ: \"form: website\" (kênh hoặc hình thức) hoặc \"category: the-che\" (lĩnh vực; \"category: reform-areas\" = từng lĩnh vực cải cách).");
        }

        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore || atLeast is null || per is null)
        {
            return [];
        }

        PlanTarget Build(PlanTargetKind kind, string? category) => new()
        {
            Kind = kind,
            Form = form,
            Category = category,
            TaskId = taskId,
            AtLeast = atLeast.Value,
            Per = per.Value,
            Window = window,
            Note = note,
        };

        if (taskId is not null)
        {
            return [Build(PlanTargetKind.Task, null)];
        }

        return form is not null ? [Build(PlanTargetKind.Form, null)] : [.. categories.Select(c => Build(PlanTargetKind.Category, c))];
    }

    private static int? ReadPositiveInt(Dictionary<string, YamlEntry> fields, string key, YamlMap map, DiagnosticBag diagnostics)
    {
        var text = YamlFields.Text(fields, key, diagnostics);
        if (text is null)
        {
            if (!fields.ContainsKey(key))
            {
                diagnostics.Error(map.Line, map.Column, DiagnosticCodes.PlanTargetInvalid,
                    $"Chỉ tiêu thiếu \"{key}\" (số lượng tối thiểu, ví dụ \"{key}: 1\").");
            }

            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 100_000)
        {
            return value;
        }

        var at = fields[key].Value;
        diagnostics.Error(at.Line, at.Column, DiagnosticCodes.PlanTargetInvalid,
            $"\"{key}\" phải là số nguyên dương (ví dụ 1, 2, 4), không phải \"{text}\".");
        return null;
    }

    private static PeriodUnit? ReadUnit(Dictionary<string, YamlEntry> fields, YamlMap map, DiagnosticBag diagnostics)
    {
        var text = YamlFields.Text(fields, "per", diagnostics);
        if (text is null)
        {
            if (!fields.ContainsKey("per"))
            {
                diagnostics.Error(map.Line, map.Column, DiagnosticCodes.PlanTargetInvalid,
                    "Chỉ tiêu thiếu \"per\" (tính theo: week, month, quarter, half, year hoặc plan = cả kỳ).");
            }

            return null;
        }

        if (Units.TryGetValue(Slugifier.Slugify(text), out var unit))
        {
            return unit;
        }

        var at = fields["per"].Value;
        var suggestion = NearestMatch.Find(Slugifier.Slugify(text), Units.Keys);
        diagnostics.Error(at.Line, at.Column, DiagnosticCodes.PlanTargetInvalid,
            $"\"per: {text}\" không hợp lệ: dùng week (tuần), month (tháng), quarter (quý), half (6 tháng), year (năm) hoặc plan (cả kỳ)."
            + (suggestion is null ? string.Empty : $" Có phải ý bạn là \"{suggestion}\"?"));
        return null;
    }

    private static List<string> ReadForms(Dictionary<string, YamlEntry> fields, FormTaxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var forms = new List<string>();
        foreach (var item in YamlFields.List(fields, "forms", diagnostics) ?? [])
        {
            var form = item.Text.ToLowerInvariant();
            if (CheckForm(form, new YamlScalar(item.Text, true, false, item.Line, item.Column), taxonomy, diagnostics) && !forms.Contains(form, StringComparer.Ordinal))
            {
                forms.Add(form);
            }
        }

        return forms;
    }

    private static bool CheckForm(string form, YamlValue at, FormTaxonomy forms, DiagnosticBag diagnostics)
    {
        if (forms.All.Contains(form, StringComparer.Ordinal))
        {
            return true;
        }

        var suggestion = NearestMatch.Find(form, forms.All);
        diagnostics.Error(at.Line, at.Column, DiagnosticCodes.PlanUnknownForm,
            $"Kênh hoặc hình thức \"{form}\" không tồn tại. "
            + (suggestion is null
                ? $"Các giá trị hợp lệ: {string.Join(", ", forms.All)}."
                : $"Có phải ý bạn là \"{suggestion}\" ({forms.Label(suggestion)})?")
            + $" Hình thức mới thêm vào {FormFileReader.FileName}.");
        return false;
    }

    /// <summary>Category keys of a list value, unknown ones reported with the nearest key.</summary>
    public static List<string> ReadCategories(Dictionary<string, YamlEntry> fields, string key, CategoryTaxonomy taxonomy, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var keys = new List<string>();
        foreach (var item in YamlFields.List(fields, key, diagnostics) ?? [])
        {
            var category = item.Text.ToLowerInvariant();
            if (!taxonomy.Contains(category))
            {
                diagnostics.Error(item.Line, item.Column, DiagnosticCodes.UnknownCategory, taxonomy.UnknownKeyMessage(item.Text));
            }
            else if (!keys.Contains(category, StringComparer.Ordinal))
            {
                keys.Add(category);
            }
        }

        return keys;
    }

    /// <summary>A list of texts, or one text as a single item (commas kept: "Các cơ quan, đơn vị" is one unit).</summary>
    private static List<string> ReadTexts(Dictionary<string, YamlEntry> fields, string key, DiagnosticBag diagnostics)
    {
        if (!fields.TryGetValue(key, out var entry))
        {
            return [];
        }

        switch (entry.Value)
        {
            case YamlScalar { IsNull: true }:
                return [];
            case YamlScalar scalar:
                return [YamlFields.Nfc(scalar.Text).Trim()];
            case YamlList list:
                var texts = new List<string>();
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar { IsNull: false } s)
                    {
                        texts.Add(YamlFields.Nfc(s.Text).Trim());
                    }
                    else if (item is not YamlScalar)
                    {
                        diagnostics.Error(item.Line, item.Column, DiagnosticCodes.WrongType,
                            $"Mỗi mục của \"{key}\" phải là một dòng văn bản, không phải {item.KindLabel}.");
                    }
                }

                return texts;
            default:
                diagnostics.Error(entry.Value.Line, entry.Value.Column, DiagnosticCodes.WrongType,
                    $"\"{key}\" phải là một danh sách các dòng văn bản, không phải {entry.Value.KindLabel}.");
                return [];
        }
    }

    /// <summary>A required text; a missing key is reported at the enclosing mapping, an empty one at the key.</summary>
    public static string? Required(Dictionary<string, YamlEntry> fields, string key, YamlMap map, DiagnosticBag diagnostics, string message)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = YamlFields.Text(fields, key, diagnostics);
        if (text is not null)
        {
            return text;
        }

        if (fields.TryGetValue(key, out var entry))
        {
            if (entry.Value is YamlScalar)
            {
                diagnostics.Error(entry.Line, entry.Column, DiagnosticCodes.PlanMissingField, message);
            }
        }
        else
        {
            diagnostics.Error(map.Line, map.Column, DiagnosticCodes.PlanMissingField, message);
        }

        return null;
    }

    /// <summary>Turns a failed period parse into a diagnostic at the value; true when it succeeded.</summary>
    public static bool Report(PeriodParseResult result, YamlValue at, string what, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (result.Success)
        {
            return true;
        }

        if (result.ErrorIsImpossible)
        {
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.PlanImpossiblePeriod, $"{what} không có thật: {result.Error}.");
        }
        else
        {
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.PlanInvalidPeriod, result.Error!);
        }

        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
