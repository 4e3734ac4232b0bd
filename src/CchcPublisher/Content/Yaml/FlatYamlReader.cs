namespace CchcPublisher.Content.Yaml;

/// <summary>
/// The common front matter read without a YAML parser: one <c>key: value</c> per line, each value a single-line plain
/// scalar, a quoted scalar without escapes, or a flow list of simple words (<c>categories: [a, b]</c>). It gives the
/// tree YamlDotNet's events give for such a text, positions included, and declines anything else (comments, block
/// lists, nesting, multi-line or empty values, ": " or " #" in plain text, tabs, control characters, line separators),
/// which <see cref="YamlTreeReader"/> then reads with YamlDotNet. A front matter is parsed for every article of every
/// run, and this is most of them.
/// </summary>
internal static class FlatYamlReader
{
    /// <param name="yaml">The YAML text (LF line endings).</param>
    /// <param name="lineOffset">Added to the text's line numbers to give file line numbers.</param>
    /// <param name="root">The mapping, when the text is in the simple form.</param>
    /// <returns>False when the text is not in the simple form (nothing is reported: YamlDotNet reads it).</returns>
    public static bool TryRead(string yaml, int lineOffset, out YamlMap? root)
    {
        root = null;
        var entries = new List<YamlEntry>(8);
        var start = 0;
        var line = 1;
        while (start < yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            end = end < 0 ? yaml.Length : end;
            if (!TryReadLine(yaml.AsSpan(start, end - start), yaml, start, line + lineOffset, out var entry))
            {
                return false;
            }

            entries.Add(entry);
            start = end + 1;
            line++;
        }

        if (entries.Count == 0)
        {
            return false;
        }

        root = new YamlMap(entries, entries[0].Line, 1);
        return true;
    }

    private static bool TryReadLine(ReadOnlySpan<char> text, string yaml, int offset, int line, out YamlEntry entry)
    {
        entry = null!;
        var keyEnd = 0;
        while (keyEnd < text.Length && (char.IsAsciiLetterOrDigit(text[keyEnd]) || text[keyEnd] == '_'))
        {
            keyEnd++;
        }

        // "key: " then the value; the key starts with a letter.
        if (keyEnd == 0 || !char.IsAsciiLetter(text[0]) || keyEnd + 2 >= text.Length || text[keyEnd] != ':' || text[keyEnd + 1] != ' ')
        {
            return false;
        }

        var valueStart = keyEnd + 2;
        while (valueStart < text.Length && text[valueStart] == ' ')
        {
            valueStart++;
        }

        var valueEnd = text.Length;
        while (valueEnd > valueStart && text[valueEnd - 1] == ' ')
        {
            valueEnd--;
        }

        if (valueStart == valueEnd)
        {
            return false;
        }

        var value = text[valueStart..valueEnd];
        var column = valueStart + 1;
        YamlValue? node = value[0] switch
        {
            '[' => List(value, yaml, offset + valueStart, line, column),
            '"' or '\'' => Quoted(value, line, column),
            _ => Plain(value, yaml, offset + valueStart, line, column),
        };
        if (node is null)
        {
            return false;
        }

        entry = new YamlEntry(yaml.Substring(offset, keyEnd), line, 1, node);
        return true;
    }

    private static YamlScalar? Plain(ReadOnlySpan<char> value, string yaml, int offset, int line, int column)
    {
        if (IsIndicator(value[0]))
        {
            return null;
        }

        for (var k = 0; k < value.Length; k++)
        {
            // ": " (or ":" last) would be a mapping and " #" a comment; "07:30", "https://…" and "số#5" are text.
            var c = value[k];
            if (!IsPrintable(c) || (c == ':' && (k + 1 == value.Length || value[k + 1] == ' ')) || (c == '#' && value[k - 1] == ' '))
            {
                return null;
            }
        }

        var text = yaml.Substring(offset, value.Length);
        return new YamlScalar(text, IsPlain: true, IsNull: YamlScalar.IsNullText(text), line, column);
    }

    private static YamlScalar? Quoted(ReadOnlySpan<char> value, int line, int column)
    {
        var quote = value[0];
        if (value.Length < 2 || value[^1] != quote)
        {
            return null;
        }

        var content = value[1..^1];
        foreach (var c in content)
        {
            if (c == quote || c == '\\' || !IsPrintable(c))
            {
                return null;
            }
        }

        return new YamlScalar(content.ToString(), IsPlain: false, IsNull: false, line, column);
    }

    /// <summary>"[a, b]": words of ASCII letters, digits, "-", "_" and ".", starting with a letter, digit or "_".</summary>
    private static YamlList? List(ReadOnlySpan<char> value, string yaml, int offset, int line, int column)
    {
        if (value[^1] != ']')
        {
            return null;
        }

        var items = new List<YamlValue>();
        var i = 1;
        SkipSpaces(value, ref i);
        if (i == value.Length - 1)
        {
            return new YamlList(items, line, column);
        }

        while (true)
        {
            var itemStart = i;
            if (!(char.IsAsciiLetterOrDigit(value[i]) || value[i] == '_'))
            {
                return null;
            }

            while (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '_' or '-' or '.')
            {
                i++;
            }

            var text = yaml.Substring(offset + itemStart, i - itemStart);
            items.Add(new YamlScalar(text, IsPlain: true, IsNull: YamlScalar.IsNullText(text), line, column + itemStart));
            SkipSpaces(value, ref i);
            if (i == value.Length - 1)
            {
                return new YamlList(items, line, column);
            }

            if (value[i] != ',')
            {
                return null;
            }

            i++;
            SkipSpaces(value, ref i);
            if (i >= value.Length - 1)
            {
                return null;
            }
        }
    }

    private static void SkipSpaces(ReadOnlySpan<char> value, ref int i)
    {
        while (i < value.Length && value[i] == ' ')
        {
            i++;
        }
    }

    /// <summary>A character a plain scalar may not start with (YAML's indicators), or white space.</summary>
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!'
        or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ' or '\t';

    /// <summary>Printable in YAML and not a line break to YamlDotNet: no control character, NEL, line or paragraph separator, BOM or surrogate.</summary>
    private static bool IsPrintable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF' and not ('\u2028' or '\u2029')) or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF');
}
