using System.Text;

namespace CchcPublisher.Content.Import;

/// <summary>A piece of a paragraph with its formatting, and the Markdown that a run of such pieces becomes.</summary>
internal sealed record InlineSegment(string Text, bool Bold, bool Italic, string? Link, string? ImageFile = null, bool IsLineBreak = false)
{
    public static InlineSegment LineBreak { get; } = new(string.Empty, false, false, null, IsLineBreak: true);

    public static InlineSegment Image(string alt, string fileName) => new(alt, false, false, null, ImageFile: fileName);

    /// <summary>Markdown for the segments: neighbours with the same formatting merged, emphasis markers kept off
    /// spaces (Markdown ignores "** bold**"), text escaped, runs of spaces collapsed.</summary>
    public static string Render(IReadOnlyList<InlineSegment> segments, bool lineBreaks)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < segments.Count)
        {
            var segment = segments[i];
            if (segment.IsLineBreak)
            {
                TrimEndSpaces(output);
                output.Append(lineBreaks && output.Length > 0 ? "\\\n" : " ");
                i++;
                continue;
            }

            if (segment.ImageFile is { } file)
            {
                output.Append("![").Append(Escape(segment.Text)).Append("](").Append(file).Append(')');
                i++;
                continue;
            }

            // Merge the following text segments with the same link and formatting.
            var text = new StringBuilder(segment.Text);
            var j = i + 1;
            while (j < segments.Count && segments[j] is { IsLineBreak: false, ImageFile: null } next
                   && next.Link == segment.Link && next.Bold == segment.Bold && next.Italic == segment.Italic)
            {
                text.Append(next.Text);
                j++;
            }

            output.Append(Emphasised(CollapseSpaces(text.ToString()), segment));
            i = j;
        }

        return CollapseSpaces(output.ToString()).Trim();
    }

    private static string Emphasised(string text, InlineSegment format)
    {
        var core = text.Trim();
        if (core.Length == 0)
        {
            return text.Length > 0 ? " " : string.Empty;
        }

        var marker = (format.Bold, format.Italic) switch
        {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            _ => string.Empty,
        };
        var body = marker + Escape(core) + marker;
        if (format.Link is { } link)
        {
            body = $"[{body}]({link.Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)})";
        }

        var lead = char.IsWhiteSpace(text[0]) ? " " : string.Empty;
        var tail = char.IsWhiteSpace(text[^1]) ? " " : string.Empty;
        return lead + body + tail;
    }

    /// <summary>Backslash-escapes what Markdown would read as syntax, so the text reads as typed.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '~' or '|' || (c is '#' or '>' && i == 0))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = c is ' ' or '\u00A0' or '\t';
            if (space && builder.Length > 0 && builder[^1] == ' ')
            {
                continue;
            }

            builder.Append(space ? ' ' : c);
        }

        return builder.ToString();
    }

    private static void TrimEndSpaces(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}
