using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Content.Articles;

/// <summary>
/// Finds the front matter: the first line must be <c>---</c>, and the next line that is <c>---</c> closes it
/// (trailing spaces allowed on both, as editors leave them).
/// </summary>
internal static class FrontMatterSplitter
{
    private const string Fence = "---";

    /// <param name="text">Decoded text with LF line endings.</param>
    /// <returns>The split, or <c>null</c> after adding an error.</returns>
    public static FrontMatterSplit? Split(string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text.AsSpan(0, firstEnd)))
        {
            diagnostics.Error(1, 1, DiagnosticCodes.MissingFrontMatter,
                "Thiếu phần đầu bài (front matter): dòng đầu tiên của tệp phải là \"---\", tiếp theo là các dòng \"title: ...\", \"categories: ...\" và một dòng \"---\" đóng lại, rồi mới đến nội dung bài. Xem mẫu trong content/HUONG-DAN.md.");
            return null;
        }

        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        var line = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            var end = LineEnd(text, position);
            if (IsFence(text.AsSpan(position, end - position)))
            {
                var bodyStart = Math.Min(end + 1, text.Length);
                return new FrontMatterSplit(
                    text[yamlStart..position], YamlLine: 2, ClosingLine: line, text[bodyStart..], BodyLine: line + 1);
            }

            position = end + 1;
            line++;
        }

        diagnostics.Error(1, 1, DiagnosticCodes.UnterminatedFrontMatter,
            "Phần đầu bài mở bằng \"---\" ở dòng 1 nhưng không có dòng \"---\" đóng lại. Thêm một dòng chỉ gồm \"---\" sau khóa cuối cùng (ví dụ sau dòng \"categories: ...\"), trước nội dung bài.");
        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd(" \t").SequenceEqual(Fence);
}
