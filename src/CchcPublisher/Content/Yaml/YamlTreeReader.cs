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
        root = null;
        var lineOffset = firstLine - 1;
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
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet's scanner throws InvalidOperationException (not YamlException) for some unclosed
            // flow collections; its message is English, so only the position is kept.
            root = null;
            if (FindIndentationTab(yaml) is { } tab)
            {
                // YamlDotNet reports a tab at the start of the enclosing mapping; point at the tab itself.
                diagnostics.Error(tab.Line + lineOffset, tab.Column, DiagnosticCodes.YamlSyntax,
                    "Dòng này thụt lề bằng phím Tab, nhưng YAML chỉ cho phép thụt lề bằng dấu cách. Hãy thay Tab bằng hai dấu cách.");
                return false;
            }

            var mark = ex is YamlException syntax ? syntax.Start : parser?.Current?.Start ?? Mark.Empty;
            var line = (int)Math.Max(1, mark.Line) + lineOffset;
            var column = (int)Math.Max(1, mark.Column);
            diagnostics.Error(line, column, DiagnosticCodes.YamlSyntax,
                "Lỗi cú pháp YAML. Kiểm tra: có dấu cách sau dấu hai chấm (\"title: ...\"); thụt lề bằng dấu cách; ngoặc kép, ngoặc vuông, ngoặc nhọn đóng mở đủ cặp; giá trị có dấu hai chấm (như \"Hướng dẫn: nộp hồ sơ\") phải đặt trong ngoặc kép.");
            return false;
        }
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

    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
