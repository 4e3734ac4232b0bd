using System.Text;

namespace CchcPublisher.Content.Text;

/// <summary>White space of one-line texts (titles, authors, descriptions).</summary>
internal static class WhiteSpaceText
{
    /// <summary>
    /// The words of <paramref name="text"/> (runs of non-white-space, <see cref="char.IsWhiteSpace(char)"/>) joined by
    /// one space: what <c>string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))</c> gives,
    /// without a string per word, and the text itself when it already is so.
    /// </summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsCollapsed(text))
        {
            return text;
        }

        var builder = StringBuilderCache.Acquire(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return StringBuilderCache.ToStringAndRelease(builder);
    }

    /// <summary>No white space at either end, and only single U+0020 spaces between words.</summary>
    private static bool IsCollapsed(string text)
    {
        var previousSpace = true; // no white space at the start
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }

        return !previousSpace || text.Length == 0;
    }
}
