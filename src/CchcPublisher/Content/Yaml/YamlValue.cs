namespace CchcPublisher.Content.Yaml;

/// <summary>
/// A node of a small YAML document (front matter, categories.yaml) with its 1-based position in the FILE, so
/// that every diagnostic can point at the offending key or value.
/// </summary>
internal abstract record YamlValue(int Line, int Column)
{
    /// <summary>Short Vietnamese name of the node's shape, for "expected text, found a list" messages.</summary>
    public abstract string KindLabel { get; }
}

/// <summary>A scalar. <see cref="IsNull"/> is true for an empty plain value, <c>~</c> or <c>null</c>.</summary>
/// <param name="IsPlain">Unquoted: the text starts exactly at the node's column.</param>
internal sealed record YamlScalar(string Text, bool IsPlain, bool IsNull, int Line, int Column) : YamlValue(Line, Column)
{
    public override string KindLabel => "một giá trị đơn";

    /// <summary>Whether an unquoted scalar written <paramref name="text"/> is YAML's null: empty, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNullText(string text) => text is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlList(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column)
{
    public override string KindLabel => "một danh sách";
}

internal sealed record YamlMap(IReadOnlyList<YamlEntry> Entries, int Line, int Column) : YamlValue(Line, Column)
{
    public override string KindLabel => "một nhóm khóa: giá trị";
}

/// <summary>An alias (<c>*name</c>) or a structure nested too deeply: present, but not usable.</summary>
internal sealed record YamlUnsupported(string Reason, int Line, int Column) : YamlValue(Line, Column)
{
    public override string KindLabel => Reason;
}

/// <summary>One <c>key: value</c> pair; the key's own position is kept for "unknown key" diagnostics.</summary>
internal sealed record YamlEntry(string Key, int Line, int Column, YamlValue Value);
