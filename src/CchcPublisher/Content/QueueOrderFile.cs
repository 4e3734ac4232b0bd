using System.Text;
using CchcPublisher.Common;

namespace CchcPublisher.Content;

/// <summary>
/// <c>content/hang-doi.txt</c>: the queue order an official chose (in the console, or by editing the file), one
/// article id per line, <c>#</c> for comments. Listed articles go first, in this order, within their column; the
/// rest follow in file path order. The one place both the worker and the console read the order from.
/// </summary>
internal static class QueueOrderFile
{
    public const string FileName = "hang-doi.txt";

    private const string Header =
        "# Thứ tự hàng đợi của chuyên mục: mỗi dòng một mã bài (id). Bài có tên ở đây được xếp trước, theo đúng thứ tự này;\n" +
        "# bài không có tên xếp sau, theo thứ tự đường dẫn tệp. Bảng điều khiển ghi tệp này khi đổi thứ tự.\n";

    /// <summary>The ids in order; empty when the file is missing or unreadable (the path order then applies).</summary>
    public static IReadOnlyList<string> Read(string contentRoot)
    {
        var path = Path.Combine(contentRoot, FileName);
        string[] lines;
        try
        {
            lines = File.Exists(path) ? File.ReadAllLines(path, Encoding.UTF8) : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        return [.. lines
            .Select(l => l.Trim().Normalize(NormalizationForm.FormC))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Replaces the file atomically: readers see the old order or the new one, never half of it.</summary>
    public static Task WriteAsync(string contentRoot, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var text = new StringBuilder(Header);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            text.Append(id).Append('\n');
        }

        return AtomicFile.WriteAllTextAsync(Path.Combine(contentRoot, FileName), text.ToString(), cancellationToken);
    }
}
