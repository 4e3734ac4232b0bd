using System.Text;
using CchcPublisher.Common;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Text;

namespace CchcPublisher.Content.Yaml;

/// <summary>Typed reads of <c>key: value</c> entries, reporting wrong shapes, duplicates and unknown keys.</summary>
internal static class YamlFields
{
    /// <summary>
    /// The entries of <paramref name="map"/> by lower-cased key. A repeated key is an error (the first one is
    /// kept); an unknown key is a warning naming the nearest known key.
    /// </summary>
    public static Dictionary<string, YamlEntry> Index(YamlMap map, IReadOnlyList<string> knownKeys, DiagnosticBag diagnostics) =>
        Index(map, knownKeys, diagnostics, misspellingIsError: false);

    /// <summary>
    /// As <see cref="Index(YamlMap, IReadOnlyList{string}, DiagnosticBag)"/>; with <paramref name="misspellingIsError"/>,
    /// an unknown key that is a likely misspelling of a known one (<c>staus</c>, <c>chanels</c>) is an error, since
    /// ignoring it would change what is published; keys far from every known key stay warnings.
    /// </summary>
    public static Dictionary<string, YamlEntry> Index(YamlMap map, IReadOnlyList<string> knownKeys, DiagnosticBag diagnostics, bool misspellingIsError)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(knownKeys);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var index = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Trim().ToLowerInvariant();
            if (!knownKeys.Contains(key, StringComparer.Ordinal))
            {
                var suggestion = NearestMatch.Find(key, knownKeys);
                if (misspellingIsError && suggestion is not null && IsMisspelling(key, suggestion))
                {
                    diagnostics.Error(entry.Line, entry.Column, DiagnosticCodes.MisspelledKey,
                        $"Khóa \"{entry.Key}\" gần giống khóa \"{suggestion}\" nhưng viết sai, nên bài bị giữ lại "
                        + $"(bỏ qua nó có thể làm bài được đăng khác ý muốn). Hãy sửa thành \"{suggestion}\".");
                    continue;
                }

                diagnostics.Warning(entry.Line, entry.Column, DiagnosticCodes.UnknownKey,
                    $"Khóa \"{entry.Key}\" không được hỗ trợ nên bị bỏ qua. "
                    + (suggestion is null
                        ? $"Các khóa hợp lệ: {string.Join(", ", knownKeys)}."
                        : $"Có phải ý bạn là \"{suggestion}\"?"));
                continue;
            }

            if (index.TryGetValue(key, out var first))
            {
                diagnostics.Error(entry.Line, entry.Column, DiagnosticCodes.DuplicateKey,
                    $"Khóa \"{key}\" xuất hiện hai lần (lần đầu ở dòng {first.Line}). Hãy xóa một trong hai dòng.");
                continue;
            }

            index.Add(key, entry);
        }

        return index;
    }

    /// <summary>
    /// The entry's text, NFC-normalized and trimmed; <c>null</c> when absent, empty or not a single value
    /// (then with a <see cref="DiagnosticCodes.WrongType"/> error).
    /// </summary>
    public static string? Text(Dictionary<string, YamlEntry> index, string key, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!index.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YamlScalar scalar)
        {
            return scalar.IsNull ? null : NullIfEmpty(Nfc(scalar.Text).Trim());
        }

        diagnostics.Error(entry.Value.Line, entry.Value.Column, DiagnosticCodes.WrongType,
            $"\"{key}\" phải là một đoạn văn bản (ví dụ \"{key}: ...\"), không phải {entry.Value.KindLabel}.");
        return null;
    }

    /// <summary>
    /// The items of a list value: a YAML list, or a single value whose comma-separated parts become items
    /// (<c>categories: the-che, cong-vu</c>). <c>null</c> when absent or null; empty items are dropped.
    /// </summary>
    public static IReadOnlyList<YamlItem>? List(Dictionary<string, YamlEntry> index, string key, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!index.TryGetValue(key, out var entry))
        {
            return null;
        }

        var items = new List<YamlItem>();
        switch (entry.Value)
        {
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                AddCommaSeparated(scalar, items);
                break;
            case YamlList list:
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar { IsNull: false } itemScalar)
                    {
                        AddCommaSeparated(itemScalar, items);
                    }
                    else if (item is not YamlScalar)
                    {
                        diagnostics.Error(item.Line, item.Column, DiagnosticCodes.WrongType,
                            $"Mỗi mục của \"{key}\" phải là một giá trị đơn, không phải {item.KindLabel}.");
                    }
                }

                break;
            default:
                diagnostics.Error(entry.Value.Line, entry.Value.Column, DiagnosticCodes.WrongType,
                    $"\"{key}\" phải là một danh sách (ví dụ [a, b]) hoặc một giá trị, không phải {entry.Value.KindLabel}.");
                return null;
        }

        return items;
    }

    public static string Nfc(string text) => NfcText.Normalize(text);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static void AddCommaSeparated(YamlScalar scalar, List<YamlItem> items)
    {
        var text = scalar.Text;
        var start = 0;
        while (start <= text.Length)
        {
            var comma = text.IndexOf(',', start);
            var end = comma < 0 ? text.Length : comma;
            var part = text[start..end];
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                // Exact columns only for unquoted single-line values; otherwise point at the value itself.
                var column = scalar.IsPlain && !text.Contains('\n', StringComparison.Ordinal)
                    ? scalar.Column + start + (part.Length - part.TrimStart().Length)
                    : scalar.Column;
                items.Add(new YamlItem(Nfc(trimmed), scalar.Line, column));
            }

            start = end + 1;
        }
    }

    /// <summary>One edit away (two for keys of six letters or more), ignoring <c>_</c>, <c>-</c> and spaces.</summary>
    private static bool IsMisspelling(string key, string known)
    {
        static string Bare(string text) => text.Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        var distance = NearestMatch.Distance(Bare(key), Bare(known));
        return distance <= 1 || (distance <= 2 && key.Length >= 6);
    }
}
