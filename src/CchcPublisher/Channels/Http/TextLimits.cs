namespace CchcPublisher.Channels.Http;

/// <summary>Shortens text to a service's length limit at a word boundary, ending with '…'.</summary>
internal static class TextLimits
{
    public const char Ellipsis = '…';

    /// <summary>
    /// Returns <paramref name="text"/> trimmed when it fits, otherwise the longest prefix that ends at a word
    /// boundary followed by '…', at most <paramref name="maxLength"/> characters in all. A single word longer
    /// than half the limit is cut inside the word rather than losing most of the text.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var limit = maxLength - 1;
        var cut = limit;
        if (!char.IsWhiteSpace(text[limit]))
        {
            var space = LastWhiteSpace(text, limit);
            if (space >= limit / 2)
            {
                cut = space;
            }
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var head = text[..cut].TrimEnd();
        head = head.TrimEnd(',', ';', ':', '-', '–', '—', '(', '.');
        return head.TrimEnd() + Ellipsis;
    }

    private static int LastWhiteSpace(string text, int before)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
