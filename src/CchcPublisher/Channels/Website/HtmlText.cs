using System.Buffers;
using System.Text;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// Escapes text for HTML content and quoted attribute values. Only the five significant characters are
/// replaced: the pages are UTF-8, so Vietnamese letters stay readable (WebUtility.HtmlEncode would turn
/// "à" into "&amp;#224;").
/// </summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Significant = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny(Significant) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
