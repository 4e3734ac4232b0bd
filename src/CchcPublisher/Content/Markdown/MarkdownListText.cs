using System.Globalization;
using Markdig.Syntax;

namespace CchcPublisher.Content.Markdown;

/// <summary>
/// A Markdown list as plain-text lines ("- " or "1. " markers, nested lists indented one unit per level), for
/// channels whose posts are text (Zalo text blocks, Facebook messages).
/// </summary>
internal static class MarkdownListText
{
    /// <param name="list">The list block.</param>
    /// <param name="depth">Nesting level of <paramref name="list"/> (0 at the top).</param>
    /// <param name="lines">Where the lines go.</param>
    /// <param name="indentUnit">Indentation of one nesting level.</param>
    /// <param name="alignContinuation">Indent an item's second and later lines under its text (plain text) rather
    /// than starting them at the item's indentation.</param>
    /// <param name="blockLines">Renders a non-list block of an item as lines (the channel's own block renderer).</param>
    public static void AppendLines(
        ListBlock list, int depth, List<string> lines, string indentUnit, bool alignContinuation, Action<Block, int, List<string>> blockLines)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(blockLines);
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var indent = depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat(indentUnit, depth));
        List<string>? childLines = null; // one list for every block of every item, cleared before each
        foreach (var block in list)
        {
            if (block is not ListItemBlock item)
            {
                continue;
            }

            var marker = list.IsOrdered ? OrderedMarker(number) : "- ";
            string? continuation = null; // made for an item's second line, which most items do not have
            number++;
            var first = true;
            foreach (var child in item)
            {
                if (child is ListBlock nested)
                {
                    AppendLines(nested, depth + 1, lines, indentUnit, alignContinuation, blockLines);
                    continue;
                }

                childLines ??= [];
                childLines.Clear();
                blockLines(child, depth, childLines);
                foreach (var line in childLines)
                {
                    if (!first)
                    {
                        continuation ??= alignContinuation ? new string(' ', marker.Length) : string.Empty;
                    }

                    lines.Add(string.Concat(indent, first ? marker : continuation, line));
                    first = false;
                }
            }
        }
    }

    /// <summary>"1. " to "99. " made once; other numbers (0, negative, 100 and more) each time.</summary>
    private static readonly string[] OrderedMarkers =
        [.. Enumerable.Range(0, 100).Select(n => n.ToString(CultureInfo.InvariantCulture) + ". ")];

    private static string OrderedMarker(int number) =>
        number is >= 1 and < 100 ? OrderedMarkers[number] : number.ToString(CultureInfo.InvariantCulture) + ". ";
}
