using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Content.Text;

/// <summary>
/// Turns the bytes of a content file into text, or explains in Vietnamese why it cannot: binary content,
/// UTF-16, or bytes that are not UTF-8 (legacy TCVN3/ABC or VNI fonts), located at the first bad byte.
/// </summary>
internal static class SourceTextDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private const string ConvertAdvice =
        "Hãy mở tệp, chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu lại với mã hóa UTF-8.";

    /// <returns>The text, or <c>null</c> after adding an error to <paramref name="diagnostics"/>.</returns>
    public static SourceText? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(1, 1, DiagnosticCodes.NotUtf8,
                "Tệp được lưu với mã hóa UTF-16, không phải UTF-8. Hãy lưu lại tệp với mã hóa UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8).");
            return null;
        }

        var bomLength = BomLength(bytes);
        var content = bytes[bomLength..];

        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Locate(content, nul);
            diagnostics.Error(line, column, DiagnosticCodes.BinaryFile,
                $"Tệp chứa dữ liệu nhị phân (byte 0x00 ở dòng {line}, cột {column}), không phải văn bản. Có thể đây là ảnh hoặc tệp Word bị đổi tên thành .md: bài viết phải là văn bản Markdown thuần, lưu với mã hóa UTF-8.");
            return null;
        }

        // One decoding that refuses ill-formed UTF-8 (what Utf8.IsValid refuses) instead of a validation pass and then
        // a decoding pass over the same bytes; a refused file is located below, as before.
        if (!TryDecodeStrict(content, out var text))
        {
            var bad = FirstInvalidByte(content);
            var (line, column) = Locate(content, bad);
            diagnostics.Error(line, column, DiagnosticCodes.NotUtf8,
                $"Tệp không phải văn bản UTF-8: byte 0x{content[bad]:X2} ở dòng {line}, cột {column} không hợp lệ. Có thể tệp được gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI. {ConvertAdvice}");
            return null;
        }

        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return new SourceText(text, bomLength, LineEndingsChanged: false);
        }

        // Windows (CRLF) and old Mac (lone CR) line endings both become LF, so lines count the way editors do.
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new SourceText(normalized, bomLength, LineEndingsChanged: true);
    }

    /// <summary>Bytes of UTF-8 BOM at the start of a file (0 or 3).</summary>
    public static int BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;

    /// <summary>
    /// Decodes part of a file that needs none of <see cref="Decode"/>'s reports or repairs: UTF-8 without NUL or CR.
    /// False otherwise; decoding the whole file then says what is wrong.
    /// </summary>
    public static bool TryDecodePlain(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (bytes.IndexOfAny((byte)0, (byte)'\r') >= 0)
        {
            return false;
        }

        return TryDecodeStrict(bytes, out text);
    }

    /// <summary>
    /// Well-formed UTF-8 decoded in one pass that validates and transcodes into a pooled buffer (a UTF-16 text never
    /// has more characters than its UTF-8 bytes), then one copy: <see cref="Encoding.GetString(byte[])"/> reads the
    /// bytes twice, once only to count the characters.
    /// </summary>
    private static bool TryDecodeStrict(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text)
    {
        text = null;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            if (Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            text = new string(buffer, 0, written);
            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> content)
    {
        var index = 0;
        while (index < content.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(content[index..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return content.Length - 1; // unreachable when the content is known to be invalid.
    }

    /// <summary>1-based line and column (in UTF-16 characters, as editors count) of a byte in valid-prefix content.</summary>
    private static (int Line, int Column) Locate(ReadOnlySpan<byte> content, int byteIndex)
    {
        var before = content[..byteIndex];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
