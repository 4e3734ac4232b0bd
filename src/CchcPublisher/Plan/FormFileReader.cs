using System.Text.RegularExpressions;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Slugs;
using CchcPublisher.Content.Text;
using CchcPublisher.Content.Yaml;

namespace CchcPublisher.Plan;

/// <summary>
/// Reads <c>&lt;content&gt;/forms.yaml</c>, which extends or replaces the built-in offline forms, like
/// <c>categories.yaml</c> does for categories:
/// <code>
/// replace_builtin: false        # optional; true = only the forms below exist (channels always do)
/// forms:
///   - key: chieu-phim            # required: lower-case ASCII words joined by '-'
///     label: Chiếu phim lưu động # required for a new key; for a built-in key it replaces the label
/// </code>
/// An entry with an error is left out (the others still apply); a file that cannot be read at all leaves the
/// built-in forms. Every problem is a Vietnamese diagnostic with the file's line and column.
/// </summary>
internal static partial class FormFileReader
{
    public const string FileName = "forms.yaml";

    private static readonly string[] RootKeys = ["replace_builtin", "forms"];
    private static readonly string[] ItemKeys = ["key", "label"];

    public static (FormTaxonomy Forms, IReadOnlyList<Diagnostic> Diagnostics) Read(ReadOnlySpan<byte> bytes, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        var diagnostics = new DiagnosticBag(displayPath);
        var forms = ReadForms(bytes, diagnostics) ?? FormTaxonomy.BuiltIn;
        return (forms, diagnostics.ToSortedList());
    }

    private static FormTaxonomy? ReadForms(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var text = SourceTextDecoder.Decode(bytes, diagnostics);
        if (text is null || !YamlTreeReader.TryRead(text.Text, 1, diagnostics, out var root))
        {
            return null;
        }

        if (root is not YamlMap map)
        {
            diagnostics.Error(root?.Line ?? 1, root?.Column ?? 1, DiagnosticCodes.FormsFileInvalid,
                "Tệp hình thức tuyên truyền phải có khóa \"forms:\" chứa danh sách hình thức (mỗi mục có key và label); xem docs/huong-dan. Tạm dùng danh sách có sẵn.");
            return null;
        }

        var fields = YamlFields.Index(map, RootKeys, diagnostics);
        var replaceText = YamlFields.Text(fields, "replace_builtin", diagnostics)?.ToLowerInvariant();
        var replace = replaceText is "true" or "yes" or "có";
        if (replaceText is not null and not ("true" or "yes" or "có" or "false" or "no" or "không"))
        {
            var at = fields["replace_builtin"].Value;
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.FormsFileInvalid,
                $"\"replace_builtin\" chỉ nhận giá trị true hoặc false, không phải \"{replaceText}\".");
        }

        if (!fields.TryGetValue("forms", out var formsEntry) || formsEntry.Value is not YamlList list)
        {
            var at = fields.TryGetValue("forms", out var entry) ? entry.Value : (YamlValue)map;
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.FormsFileInvalid,
                "\"forms\" phải là một danh sách, mỗi mục bắt đầu bằng \"- key: ...\" và có \"label: ...\". Tạm dùng danh sách có sẵn.");
            return null;
        }

        var builtIn = PlanForms.BuiltInActivityForms.ToDictionary(f => f.Key, f => f.Label, StringComparer.Ordinal);
        var entries = new List<(string Key, string Label)>();
        foreach (var item in list.Items)
        {
            if (ReadEntry(item, replace ? null : builtIn, entries, diagnostics) is { } form)
            {
                entries.Add(form);
            }
        }

        if (replace)
        {
            if (entries.Count > 0)
            {
                return new FormTaxonomy(entries);
            }

            diagnostics.Error(list.Line, list.Column, DiagnosticCodes.FormsFileInvalid,
                "\"replace_builtin: true\" nhưng không có hình thức hợp lệ nào: tạm dùng danh sách hình thức có sẵn.");
            return null;
        }

        var overrides = entries.ToDictionary(f => f.Key, f => f.Label, StringComparer.Ordinal);
        return new FormTaxonomy([
            .. PlanForms.BuiltInActivityForms.Select(f => (f.Key, overrides.GetValueOrDefault(f.Key) ?? f.Label)),
            .. entries.Where(f => !builtIn.ContainsKey(f.Key)),
        ]);
    }

    /// <param name="builtIn">Forms an entry may relabel, or <c>null</c> when replacing them all.</param>
    private static (string Key, string Label)? ReadEntry(
        YamlValue item, Dictionary<string, string>? builtIn, List<(string Key, string Label)> earlier, DiagnosticBag diagnostics)
    {
        if (item is not YamlMap map)
        {
            diagnostics.Error(item.Line, item.Column, DiagnosticCodes.FormsFileInvalid,
                $"Mỗi hình thức phải là một nhóm \"key: ...\" và \"label: ...\", không phải {item.KindLabel}.");
            return null;
        }

        var fields = YamlFields.Index(map, ItemKeys, diagnostics);
        var key = YamlFields.Text(fields, "key", diagnostics);
        var label = YamlFields.Text(fields, "label", diagnostics);
        var at = fields.TryGetValue("key", out var keyEntry) ? keyEntry.Value : map;
        string? problem = null;
        if (key is null)
        {
            problem = "Hình thức thiếu \"key\" (mã hình thức, ví dụ \"key: chieu-phim\").";
        }
        else if (!KeyPattern().IsMatch(key))
        {
            var suggestion = Slugifier.Slugify(key);
            problem = $"Mã hình thức \"{key}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối."
                + (suggestion.Length > 0 ? $" Ví dụ: \"{suggestion}\"." : string.Empty);
        }
        else if (PlanForms.IsChannel(key) || PlanForms.ProgramChannels.Contains(key, StringComparer.Ordinal))
        {
            problem = $"\"{key}\" là tên kênh đăng bài của phần mềm, không khai báo lại thành hình thức.";
        }
        else if (earlier.Exists(f => f.Key == key))
        {
            problem = $"Mã hình thức \"{key}\" được khai báo hai lần trong tệp. Hãy xóa hoặc gộp một mục.";
        }
        else if (label is null && builtIn?.ContainsKey(key) != true)
        {
            problem = $"Hình thức \"{key}\" thiếu \"label\" (tên tiếng Việt hiển thị trong báo cáo, ví dụ \"label: Chiếu phim lưu động\").";
        }

        if (problem is not null)
        {
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.FormsFileInvalid, problem);
            return null;
        }

        return (key!, label ?? builtIn![key!]);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
