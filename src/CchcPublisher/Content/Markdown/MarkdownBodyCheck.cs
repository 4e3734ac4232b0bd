using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Content.Markdown;

/// <summary>
/// Reads an article body with the pipeline every renderer uses, so a body Markdig cannot read (it throws
/// <see cref="ArgumentException"/> on nesting deeper than its limit) is an error when the article is read,
/// not a failure of every later publication.
/// </summary>
internal static class MarkdownBodyCheck
{
    public static void Check(string body, int bodyLine, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            Markdig.Markdown.Parse(body, MarkdownPipelines.Default);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            var (line, column) = DeepestLine(body);
            diagnostics.Error(bodyLine + line - 1, column, DiagnosticCodes.BodyUnreadable,
                "Nội dung bài lồng nhau quá sâu (quá nhiều dấu \">\", \"-\" hoặc thụt lề liên tiếp), chương trình không đọc được. Hãy bớt các cấp trích dẫn hoặc danh sách lồng nhau.");
        }
    }

    /// <summary>1-based line (within the body) with the longest run of leading nesting markers, and its column.</summary>
    private static (int Line, int Column) DeepestLine(string body)
    {
        var (best, bestLine, line, run, leading) = (0, 1, 1, 0, true);
        foreach (var c in body)
        {
            if (c == '\n')
            {
                (line, run, leading) = (line + 1, 0, true);
                continue;
            }

            if (leading && c is '>' or '-' or '*' or '+' or ' ' or '\t')
            {
                run++;
                if (run > best)
                {
                    (best, bestLine) = (run, line);
                }
            }
            else
            {
                leading = false;
            }
        }

        return (bestLine, 1);
    }
}
