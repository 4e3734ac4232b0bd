using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Text;

namespace CchcPublisher.Content.Articles;

/// <summary>
/// Finds the front matter: the first line must be <c>---</c>, and the next line that is <c>---</c> closes it
/// (trailing spaces allowed on both, as editors leave them).
/// </summary>
internal static class FrontMatterSplitter
{
    private const string Fence = "---";

    private static ReadOnlySpan<byte> Utf8Fence => "---"u8;

    private static ReadOnlySpan<byte> Utf8Trailing => " \t"u8;

    /// <summary>What <see cref="FindFences"/> found.</summary>
    private enum FenceSearch
    {
        Found,
        MissingOpening,
        Unterminated,
    }

    /// <param name="text">Decoded text with LF line endings.</param>
    /// <returns>The split, or <c>null</c> after adding an error.</returns>
    public static FrontMatterSplit? Split(string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        switch (FindFences(text.AsSpan(), '\n', Fence, " \t", out var fences))
        {
            case FenceSearch.Found:
                return new FrontMatterSplit(
                    text[fences.YamlStart..fences.YamlEnd], YamlLine: 2, fences.ClosingLine, text[fences.BodyStart..], BodyLine: fences.ClosingLine + 1);
            case FenceSearch.MissingOpening:
                diagnostics.Error(1, 1, DiagnosticCodes.MissingFrontMatter,
                    "Thiếu phần đầu bài (front matter): dòng đầu tiên của tệp phải là \"---\", tiếp theo là các dòng \"title: ...\", \"categories: ...\" và một dòng \"---\" đóng lại, rồi mới đến nội dung bài. Xem mẫu trong content/HUONG-DAN.md.");
                return null;
            default:
                diagnostics.Error(1, 1, DiagnosticCodes.UnterminatedFrontMatter,
                    "Phần đầu bài mở bằng \"---\" ở dòng 1 nhưng không có dòng \"---\" đóng lại. Thêm một dòng chỉ gồm \"---\" sau khóa cuối cùng (ví dụ sau dòng \"categories: ...\"), trước nội dung bài.");
                return null;
        }
    }

    /// <summary>
    /// The split of a file's UTF-8 content (after any BOM) without decoding the whole file first: the fences are
    /// found in the bytes (they and the line feed are ASCII, never part of a multi-byte character) and only the
    /// front matter and the body are decoded. <c>null</c> whenever the file is not of the usual shape (no fences,
    /// a CR or NUL, bytes that are not UTF-8): the caller then decodes it whole and splits that, which reports
    /// every problem exactly as before.
    /// </summary>
    public static FrontMatterSplit? TrySplitUtf8(ReadOnlySpan<byte> content)
    {
        if (FindFences(content, (byte)'\n', Utf8Fence, Utf8Trailing, out var fences) != FenceSearch.Found
            || !SourceTextDecoder.TryDecodePlain(content[fences.YamlStart..fences.YamlEnd], out var yaml)
            || !SourceTextDecoder.TryDecodePlain(content[fences.BodyStart..], out var body))
        {
            return null;
        }

        return new FrontMatterSplit(yaml, YamlLine: 2, fences.ClosingLine, body, BodyLine: fences.ClosingLine + 1);
    }

    /// <summary>Positions of the front matter, the closing fence and the body in a text of characters or of UTF-8 bytes.</summary>
    private static FenceSearch FindFences<T>(ReadOnlySpan<T> text, T lineFeed, ReadOnlySpan<T> fence, ReadOnlySpan<T> trailing, out Fences fences)
        where T : IEquatable<T>
    {
        fences = default;
        var firstEnd = LineEnd(text, 0, lineFeed);
        if (!IsFence(text[..firstEnd], fence, trailing))
        {
            return FenceSearch.MissingOpening;
        }

        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        var line = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            var end = LineEnd(text, position, lineFeed);
            if (IsFence(text[position..end], fence, trailing))
            {
                fences = new Fences(yamlStart, position, line, Math.Min(end + 1, text.Length));
                return FenceSearch.Found;
            }

            position = end + 1;
            line++;
        }

        return FenceSearch.Unterminated;
    }

    private static int LineEnd<T>(ReadOnlySpan<T> text, int start, T lineFeed)
        where T : IEquatable<T>
    {
        var newline = text[start..].IndexOf(lineFeed);
        return newline < 0 ? text.Length : start + newline;
    }

    private static bool IsFence<T>(ReadOnlySpan<T> line, ReadOnlySpan<T> fence, ReadOnlySpan<T> trailing)
        where T : IEquatable<T> => line.TrimEnd(trailing).SequenceEqual(fence);

    /// <summary>Front matter from <paramref name="YamlStart"/> to <paramref name="YamlEnd"/> (the closing fence's line start), body from <paramref name="BodyStart"/>.</summary>
    private readonly record struct Fences(int YamlStart, int YamlEnd, int ClosingLine, int BodyStart);
}
