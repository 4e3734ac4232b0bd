using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Slugs;
using CchcPublisher.Content.Text;
using CchcPublisher.Content.Yaml;

namespace CchcPublisher.Content.Categories;

/// <summary>
/// Reads <c>&lt;content&gt;/categories.yaml</c>, which extends or replaces the built-in taxonomy:
/// <code>
/// replace_builtin: false        # optional; true = only the categories below exist
/// categories:
///   - key: an-ninh-trat-tu       # required: lower-case ASCII words joined by '-'
///     label: An ninh, trật tự    # required for a new key; for a built-in key it replaces the label
///     reform_area: false         # optional (default false, or the built-in value)
///     hashtag: AnNinhTratTu      # optional (default: the label without diacritics, words capitalised)
/// </code>
/// A built-in key listed here is overridden in place; new keys are appended in file order. An entry with an
/// error is left out (the others still apply); a file that cannot be read at all leaves the built-in taxonomy.
/// </summary>
internal static partial class CategoryFileReader
{
    public const string FileName = "categories.yaml";

    private const string ReplaceBuiltInKey = "replace_builtin";
    private const string CategoriesKey = "categories";
    private const string KeyKey = "key";
    private const string LabelKey = "label";
    private const string ReformAreaKey = "reform_area";
    private const string HashtagKey = "hashtag";

    private static readonly string[] RootKeys = [ReplaceBuiltInKey, CategoriesKey];
    private static readonly string[] ItemKeys = [KeyKey, LabelKey, ReformAreaKey, HashtagKey];

    public static CategoryFileResult Read(ReadOnlySpan<byte> bytes, string displayPath, CategoryTaxonomy builtIn)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(builtIn);
        var diagnostics = new DiagnosticBag(displayPath);
        var taxonomy = ReadTaxonomy(bytes, builtIn, diagnostics) ?? builtIn;
        return new CategoryFileResult(taxonomy, diagnostics.ToSortedList());
    }

    private static CategoryTaxonomy? ReadTaxonomy(ReadOnlySpan<byte> bytes, CategoryTaxonomy builtIn, DiagnosticBag diagnostics)
    {
        var text = SourceTextDecoder.Decode(bytes, diagnostics);
        if (text is null || !YamlTreeReader.TryRead(text.Text, 1, diagnostics, out var root))
        {
            return null;
        }

        if (root is not YamlMap map)
        {
            diagnostics.Error(root?.Line ?? 1, root?.Column ?? 1, DiagnosticCodes.CategoriesFileStructure,
                "Tệp chuyên mục phải có khóa \"categories:\" chứa danh sách chuyên mục (mỗi mục có key và label). Xem mẫu trong content/HUONG-DAN.md, hoặc xóa tệp để dùng danh sách chuyên mục có sẵn.");
            return null;
        }

        var fields = YamlFields.Index(map, RootKeys, diagnostics);
        var replace = ReadBool(fields, ReplaceBuiltInKey, diagnostics) ?? false;
        if (!fields.TryGetValue(CategoriesKey, out var categoriesEntry) || categoriesEntry.Value is not YamlList list)
        {
            var at = fields.TryGetValue(CategoriesKey, out var entry) ? entry.Value : (YamlValue)map;
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.CategoriesFileStructure,
                "\"categories\" phải là một danh sách, mỗi mục bắt đầu bằng \"- key: ...\" và có \"label: ...\".");
            return null;
        }

        var entries = new List<Category>();
        foreach (var item in list.Items)
        {
            var category = ReadCategory(item, replace ? null : builtIn, entries, diagnostics);
            if (category is not null)
            {
                entries.Add(category);
            }
        }

        if (replace)
        {
            if (entries.Count > 0)
            {
                return new CategoryTaxonomy(entries);
            }

            diagnostics.Error(list.Line, list.Column, DiagnosticCodes.CategoriesFileStructure,
                "\"replace_builtin: true\" nhưng không có chuyên mục hợp lệ nào: tạm dùng danh sách chuyên mục có sẵn.");
            return null;
        }

        var overrides = entries.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var merged = builtIn.All.Select(c => overrides.GetValueOrDefault(c.Key) ?? c).ToList();
        merged.AddRange(entries.Where(c => !builtIn.Contains(c.Key)));
        return new CategoryTaxonomy(merged);
    }

    /// <param name="builtIn">Categories an entry may override, or <c>null</c> when replacing them all.</param>
    private static Category? ReadCategory(YamlValue item, CategoryTaxonomy? builtIn, List<Category> earlier, DiagnosticBag diagnostics)
    {
        if (item is not YamlMap map)
        {
            diagnostics.Error(item.Line, item.Column, DiagnosticCodes.CategoriesFileStructure,
                $"Mỗi chuyên mục phải là một nhóm \"key: ...\" và \"label: ...\", không phải {item.KindLabel}.");
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var fields = YamlFields.Index(map, ItemKeys, diagnostics);
        var key = YamlFields.Text(fields, KeyKey, diagnostics);
        var at = fields.TryGetValue(KeyKey, out var keyEntry) ? keyEntry.Value : map;
        var existing = key is null ? null : builtIn?.Find(key);
        if (key is null)
        {
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.CategoryKeyInvalid,
                "Chuyên mục thiếu \"key\" (mã chuyên mục, ví dụ \"key: an-ninh-trat-tu\").");
        }
        else if (!KeyPattern().IsMatch(key))
        {
            var suggestion = Slugifier.Slugify(key);
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.CategoryKeyInvalid,
                $"Mã chuyên mục \"{key}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối."
                + (suggestion.Length > 0 ? $" Ví dụ: \"{suggestion}\"." : string.Empty));
        }
        else if (earlier.Find(c => c.Key == key) is not null)
        {
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.CategoryDuplicateKey,
                $"Mã chuyên mục \"{key}\" được khai báo hai lần trong tệp. Hãy xóa hoặc gộp một mục.");
        }

        var label = YamlFields.Text(fields, LabelKey, diagnostics);
        if (key is not null && label is null && existing is null)
        {
            diagnostics.Error(at.Line, at.Column, DiagnosticCodes.CategoryLabelMissing,
                $"Chuyên mục \"{key}\" thiếu \"label\" (tên tiếng Việt hiển thị cho người đọc, ví dụ \"label: An ninh, trật tự\").");
        }

        var reformArea = ReadBool(fields, ReformAreaKey, diagnostics);
        var hashtag = ReadHashtag(fields, diagnostics);
        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore || key is null)
        {
            return null;
        }

        label ??= existing!.Label;
        return new Category(
            key,
            label,
            reformArea ?? existing?.ReformArea ?? false,
            hashtag ?? (fields.ContainsKey(LabelKey) || existing is null ? HashtagFromLabel(label) : existing.Hashtag));
    }

    private static bool? ReadBool(Dictionary<string, YamlEntry> fields, string key, DiagnosticBag diagnostics)
    {
        var text = YamlFields.Text(fields, key, diagnostics);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "có":
                return true;
            case "false" or "no" or "không":
                return false;
            default:
                var value = fields[key].Value;
                diagnostics.Error(value.Line, value.Column, DiagnosticCodes.CategoryValueInvalid,
                    $"\"{key}\" chỉ nhận giá trị true hoặc false, không phải \"{text}\".");
                return null;
        }
    }

    private static string? ReadHashtag(Dictionary<string, YamlEntry> fields, DiagnosticBag diagnostics)
    {
        var text = YamlFields.Text(fields, HashtagKey, diagnostics)?.TrimStart('#');
        if (text is null || HashtagPattern().IsMatch(text))
        {
            return text;
        }

        var value = fields[HashtagKey].Value;
        diagnostics.Error(value.Line, value.Column, DiagnosticCodes.CategoryValueInvalid,
            $"Hashtag \"{text}\" không hợp lệ: chỉ gồm chữ cái, chữ số và dấu gạch dưới, viết liền không dấu cách (ví dụ \"AnNinhTratTu\").");
        return null;
    }

    /// <summary>"An ninh, trật tự" → "AnNinhTratTu".</summary>
    private static string HashtagFromLabel(string label)
    {
        var builder = new StringBuilder();
        foreach (var word in Slugifier.Slugify(label, int.MaxValue).Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpper(word[0], CultureInfo.InvariantCulture)).Append(word.AsSpan(1));
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[\p{L}\p{N}_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HashtagPattern();
}
