namespace CchcPublisher.Content.Markdown;

/// <summary>
/// Whether Markdig can parse and render a text with <see cref="MarkdownPipelines.Default"/>. Markdig refuses (an
/// <see cref="ArgumentException"/>) a text whose container blocks nest as deep as the pipeline's
/// <c>MaximumNestingDepth</c> (128; checked in <c>MarkdownParser.ProcessInlines</c>), or whose unclosed inline
/// containers (emphasis, links, table cells being read) nest deeper than 10 × 1024 (<c>InlineProcessor</c>); its
/// renderers refuse a document whose blocks and inlines together nest deeper than the same 128
/// (<c>RendererBase.WriteChildren</c>): a quote 100 deep with 40 nested emphases parses but does not render. Such an
/// article would fail every publication, so the parser rejects it. Finding out by parsing and rendering costs more
/// than the website render itself, so a scan of the lines first proves the common case, and only a text it cannot
/// clear is parsed and rendered.
/// </summary>
/// <remarks>
/// Why the scan is sound for the default pipeline (front matter, pipe tables, emphasis extras, autolinks, list extras;
/// raw HTML off). Markdig reads lines split at <c>\r</c> and <c>\n</c>. A line keeps a container open, or opens one,
/// only with characters at its start: a quote needs its <c>&gt;</c>; a list item needs its marker (<c>-</c>,
/// <c>+</c>, <c>*</c>, or letters or digits then <c>.</c> or <c>)</c>, followed by white space or the line end) or,
/// on later lines, indentation up to its content, which is at least two columns right of its parent's. A lazy
/// continuation line opens nothing. So every container open on a line is paid for by at least one column of that
/// line's prefix (white space, <c>&gt;</c> and markers; a tab counted as four), except that one column can open a
/// list and its item together: no container is deeper than twice the widest prefix, plus three for a table (table,
/// row, cell) and one for the group of link definitions. The scan clears a text whose widest prefix is at most
/// <see cref="MaxPrefixColumns"/>, which keeps the depth under half of Markdig's limit. Inlines live in one paragraph,
/// heading or table, which never spans a blank line, and every inline container starts at a character of it: an
/// emphasis at one of <c>* _ ~ ^ + =</c>, a link or image at <c>[</c>, plus one for an autolink. So runs of non-blank
/// lines shorter than <see cref="MaxInlineRun"/> characters cannot reach the parser's inline limit, and runs with at
/// most <see cref="MaxInlineOpeners"/> of those characters keep blocks and inlines together under the renderers'
/// limit (2 × 32 + 4 blocks, 40 + 1 inlines, and the document, the paragraph's inline root, a list's extra level:
/// far from 128). An extension with other containers (custom containers, footnotes, definition lists) would void this
/// reasoning; a test pins the pipeline's extensions.
/// </remarks>
internal static class MarkdownNesting
{
    /// <summary>Widest line prefix the scan clears: containers at most 2 × 32 + 4 = 68 deep, Markdig refuses 128.</summary>
    public const int MaxPrefixColumns = 32;

    /// <summary>Longest run of non-blank lines the scan clears (Markdig's inline limit is 10 × 1024).</summary>
    public const int MaxInlineRun = 8 * 1024;

    /// <summary>Most characters that can open an inline container (<c>* _ ~ ^ + = [</c>) in one run of non-blank lines the scan clears.</summary>
    public const int MaxInlineOpeners = 40;

    private static readonly System.Buffers.SearchValues<char> InlineOpeners = System.Buffers.SearchValues.Create("*_~^+=[");

    /// <summary>True when Markdig parses <paramref name="markdown"/> with the default pipeline and renders it as HTML without refusing it.</summary>
    public static bool CanRender(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return IsShallow(markdown) || RendersFully(markdown);
    }

    /// <summary>
    /// True when the scan proves the text far from Markdig's nesting limits (see the remarks); false when it cannot,
    /// which does not mean Markdig refuses it.
    /// </summary>
    public static bool IsShallow(ReadOnlySpan<char> markdown)
    {
        var run = 0;
        var openers = 0;
        while (!markdown.IsEmpty)
        {
            var end = markdown.IndexOfAny('\r', '\n');
            var line = end < 0 ? markdown : markdown[..end];
            if (PrefixColumns(line) > MaxPrefixColumns)
            {
                return false;
            }

            var blank = line.IsWhiteSpace();
            run = blank ? 0 : run + line.Length + 1;
            openers = blank ? 0 : openers + CountOpeners(line);
            if (run >= MaxInlineRun || openers > MaxInlineOpeners)
            {
                return false;
            }

            markdown = end < 0 ? [] : markdown[(end + 1)..];
        }

        return true;
    }

    /// <summary>
    /// Columns of the line's container prefix: white space (a tab as four), quote markers and list markers, up to
    /// the first character that cannot be one. Wider than what Markdig reads as containers, never narrower.
    /// </summary>
    public static int PrefixColumns(ReadOnlySpan<char> line)
    {
        var columns = 0;
        var k = 0;
        while (k < line.Length)
        {
            var c = line[k];
            if (c is ' ' or '>' or '\f' or '\v')
            {
                columns++;
                k++;
                continue;
            }

            if (c == '\t')
            {
                columns += 4;
                k++;
                continue;
            }

            var end = MarkerEnd(line, k);
            if (end < 0)
            {
                break;
            }

            columns += end - k;
            k = end;
        }

        return columns;
    }

    /// <summary>End of a list marker at <paramref name="start"/> followed by white space or the line end, or -1.</summary>
    private static int MarkerEnd(ReadOnlySpan<char> line, int start)
    {
        var c = line[start];
        int end;
        if (c is '-' or '+' or '*')
        {
            end = start + 1;
        }
        else if (char.IsAsciiLetterOrDigit(c))
        {
            end = start + 1;
            while (end < line.Length && char.IsAsciiLetterOrDigit(line[end]))
            {
                end++;
            }

            if (end >= line.Length || line[end] is not ('.' or ')'))
            {
                return -1;
            }

            end++;
        }
        else
        {
            return -1;
        }

        return end >= line.Length || line[end] is ' ' or '\t' or '\f' or '\v' ? end : -1;
    }

    private static int CountOpeners(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var at = line.IndexOfAny(InlineOpeners); at >= 0; at = line.IndexOfAny(InlineOpeners))
        {
            count++;
            line = line[(at + 1)..];
        }

        return count;
    }

    private static bool RendersFully(string markdown)
    {
        try
        {
            var document = MarkdownPipelines.Parse(markdown);
            var renderer = new Markdig.Renderers.HtmlRenderer(TextWriter.Null);
            MarkdownPipelines.Default.Setup(renderer);
            renderer.Render(document);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
