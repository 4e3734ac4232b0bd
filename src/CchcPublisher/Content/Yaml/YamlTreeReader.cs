using CchcPublisher.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CchcPublisher.Content.Yaml;

/// <summary>
/// Reads a YAML text into <see cref="YamlValue"/> nodes by walking YamlDotNet's parser events (no object
/// mapping, no reflection), keeping every node's position. Syntax errors become one diagnostic at YamlDotNet's
/// position. Duplicate keys are kept: the caller decides what they mean.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Deeper structures are not needed by any content file and are not walked (no stack overflow).</summary>
    private const int MaxDepth = 16;

    /// <param name="yaml">The YAML text (LF line endings).</param>
    /// <param name="firstLine">File line number of the text's first line.</param>
    /// <param name="diagnostics">Receives a <see cref="DiagnosticCodes.YamlSyntax"/> error on failure.</param>
    /// <param name="root">The document's root node; <c>null</c> for an empty document or on error.</param>
    /// <returns>False when the text is not valid YAML.</returns>
    public static bool TryRead(string yaml, int firstLine, DiagnosticBag diagnostics, out YamlValue? root)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lineOffset = firstLine - 1;
        if (FlatYamlReader.TryRead(yaml, lineOffset, out var flat))
        {
            root = flat;
            return true;
        }

        return TryReadWithParser(yaml, lineOffset, diagnostics, out root);
    }

    /// <summary><see cref="TryRead"/> by YamlDotNet's parser alone (any YAML; the tests compare the simple form with it).</summary>
    internal static bool TryReadWithParser(string yaml, int lineOffset, DiagnosticBag diagnostics, out YamlValue? root)
    {
        root = null;
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return true;
            }

            parser.Consume<DocumentStart>();
            root = ReadNode(parser, lineOffset, depth: 0);
            parser.Consume<DocumentEnd>();
            return true;
        }
        catch (YamlException ex)
        {
            root = null;
            if (FindIndentationTab(yaml) is { } tab)
            {
                // YamlDotNet reports a tab at the start of the enclosing mapping; point at the tab itself.
                diagnostics.Error(tab.Line + lineOffset, tab.Column, DiagnosticCodes.YamlSyntax,
                    "Dòng này thụt lề bằng phím Tab, nhưng YAML chỉ cho phép thụt lề bằng dấu cách. Hãy thay Tab bằng hai dấu cách.");
                return false;
            }

            var line = (int)Math.Max(1, ex.Start.Line) + lineOffset;
            var column = (int)Math.Max(1, ex.Start.Column);
            diagnostics.Error(line, column, DiagnosticCodes.YamlSyntax,
                "Lỗi cú pháp YAML. Kiểm tra: có dấu cách sau dấu hai chấm (\"title: ...\"); thụt lề bằng dấu cách; ngoặc kép, ngoặc vuông đóng mở đủ cặp; giá trị có dấu hai chấm (như \"Hướng dẫn: nộp hồ sơ\") phải đặt trong ngoặc kép."
                + Detail(ex));
            return false;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // YamlDotNet's scanner throws other exceptions on some malformed input (InvalidOperationException on an unclosed "[" or "{" followed by another
            // key). Their messages say nothing useful; the last event the parser produced marks where it was.
            root = null;
            var (line, column) = UnclosedBracket(yaml) ?? (parser?.Current is { } current
                ? ((int)Math.Max(1, current.Start.Line), (int)Math.Max(1, current.Start.Column))
                : (1, 1));
            diagnostics.Error(line + lineOffset, column, DiagnosticCodes.YamlSyntax,
                "Lỗi cú pháp YAML: có dấu ngoặc vuông \"[\" hoặc ngoặc nhọn \"{\" mở mà chưa đóng, hoặc một giá trị viết dở. "
                + "Hãy đóng ngoặc (\"categories: [thu-tuc-hanh-chinh]\"), hoặc đặt cả giá trị trong ngoặc kép nếu dấu ngoặc là một phần của chữ (ví dụ: title: \"[Thông báo] Lịch tiếp dân\").");
            return false;
        }
    }

    /// <summary>1-based line and column of a "[" or "{" that opens a value and is not closed on its line.</summary>
    private static (int Line, int Column)? UnclosedBracket(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            var start = colon >= 0 ? colon + 2 : text.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? text.IndexOf("- ", StringComparison.Ordinal) + 2 : -1;
            while (start >= 0 && start < text.Length && text[start] == ' ')
            {
                start++;
            }

            if (start < 0 || start >= text.Length || text[start] is not ('[' or '{'))
            {
                continue;
            }

            var depth = 0;
            foreach (var c in text.AsSpan(start))
            {
                depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
            }

            if (depth > 0)
            {
                return (i + 1, start + 1);
            }
        }

        return null;
    }

    /// <summary>1-based line and column of the first tab in a line's leading white space, if any.</summary>
    private static (int Line, int Column)? FindIndentationTab(string yaml)
    {
        var line = 1;
        var column = 1;
        var leading = true;
        foreach (var c in yaml)
        {
            if (c == '\n')
            {
                (line, column, leading) = (line + 1, 1, true);
                continue;
            }

            if (leading && c == '\t')
            {
                return (line, column);
            }

            leading &= c == ' ';
            column++;
        }

        return null;
    }

    /// <summary>What YamlDotNet's (English) message means, said in Vietnamese; empty when it is not one we know.</summary>
    private static string Detail(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var hint = YamlHints.FirstOrDefault(h => message.Contains(h.English, StringComparison.OrdinalIgnoreCase)).Vietnamese;
        return hint is null ? string.Empty : $" Có thể do: {hint}.";
    }

    private static readonly (string English, string Vietnamese)[] YamlHints =
    [
        ("found invalid mapping", "một giá trị không có ngoặc kép lại chứa dấu hai chấm và dấu cách (\": \")"),
        ("Mapping values are not allowed", "dấu hai chấm đặt sai chỗ; giá trị có \": \" phải đặt trong ngoặc kép"),
        ("did not find expected key", "thụt lề không đều, hoặc một dòng thiếu \"khóa:\""),
        ("could not find expected ':'", "thiếu dấu hai chấm sau tên khóa"),
        ("quoted scalar", "thiếu dấu ngoặc kép đóng, hoặc dấu \\ trong ngoặc kép"),
        ("flow sequence", "thiếu dấu \"]\" hoặc dấu phẩy trong danh sách [...]"),
        ("flow mapping", "thiếu dấu \"}\" hoặc dấu phẩy trong {...}"),
        ("cannot start any token", "giá trị bắt đầu bằng ký tự đặc biệt (như @ hoặc `); hãy đặt giá trị trong ngoặc kép"),
        ("anchor or alias", "giá trị bắt đầu bằng & hoặc *; hãy đặt giá trị trong ngoặc kép"),
        ("tag", "giá trị bắt đầu bằng dấu !; hãy đặt giá trị trong ngoặc kép"),
        ("directive", "dòng bắt đầu bằng dấu %"),
        ("block collection", "thụt lề các dòng \"- \" của danh sách không đều"),
        ("block scalar", "đoạn văn nhiều dòng sau dấu | hoặc > thụt lề không đều"),
        ("expected node content", "một khóa thiếu giá trị, hoặc dấu phẩy thừa"),
        ("Duplicate key", "một khóa được viết hai lần"),
    ];

    private static YamlValue ReadNode(IParser parser, int lineOffset, int depth)
    {
        var current = parser.Current ?? throw new SyntaxErrorException("Unexpected end of YAML.");
        var line = (int)current.Start.Line + lineOffset;
        var column = (int)current.Start.Column;
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, IsNull(scalar), line, column);
            case SequenceStart when depth >= MaxDepth:
            case MappingStart when depth >= MaxDepth:
                parser.SkipThisAndNestedEvents();
                return new YamlUnsupported("cấu trúc lồng nhau quá sâu", line, column);
            case SequenceStart:
                parser.MoveNext();
                var items = new List<YamlValue>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, lineOffset, depth + 1));
                }

                return new YamlList(items, line, column);
            case MappingStart:
                parser.MoveNext();
                var entries = new List<YamlEntry>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, lineOffset, depth + 1);
                    var value = ReadNode(parser, lineOffset, depth + 1);
                    var keyText = key is YamlScalar s ? s.Text : string.Empty;
                    entries.Add(new YamlEntry(keyText, key.Line, key.Column, value));
                }

                return new YamlMap(entries, line, column);
            default:
                parser.SkipThisAndNestedEvents();
                return new YamlUnsupported("một tham chiếu YAML (*alias)", line, column);
        }
    }

    private static bool IsNull(Scalar scalar) => scalar.Style == ScalarStyle.Plain && YamlScalar.IsNullText(scalar.Value);
}
