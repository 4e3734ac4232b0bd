using System.Text;

namespace CchcPublisher.Plan.Reports;

/// <summary>Writes a <see cref="ReportDocument"/> as Markdown: headings, paragraphs, pipe tables.</summary>
internal static class MarkdownReportWriter
{
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = new StringBuilder();
        builder.Append("# ").Append(document.Title).Append("\n\n");
        foreach (var line in document.Intro)
        {
            builder.Append(Escape(line)).Append("\n\n");
        }

        foreach (var section in document.Sections)
        {
            builder.Append("## ").Append(section.Heading).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                builder.Append(Escape(paragraph)).Append("\n\n");
            }

            if (section.Table is { Rows.Count: > 0 } table)
            {
                builder.Append("| ").AppendJoin(" | ", table.Headers.Select(Cell)).Append(" |\n");
                builder.Append('|').AppendJoin('|', table.Headers.Select(_ => " --- ")).Append("|\n");
                foreach (var row in table.Rows)
                {
                    builder.Append("| ").AppendJoin(" | ", row.Select(c => c.Link is { } link ? $"[{Cell(c.Text)}]({link})" : Cell(c.Text))).Append(" |\n");
                }

                builder.Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    public static async Task WriteAsync(ReportDocument document, string path, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(path, Render(document), new UTF8Encoding(false), cancellationToken);

    private static string Cell(string text) =>
        Escape(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Keeps a leading "1." or "-" in text from turning into a list, and '*'/'_' from emphasis.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
