namespace CchcPublisher.Channels.Website.Html;

/// <summary>
/// Which link and image addresses may reach a page: http, https, mailto and tel, and relative addresses. Everything
/// else (javascript:, vbscript:, data:, file:…) is refused. The check reads the address the way a browser will:
/// tabs and line breaks anywhere are ignored, as are leading spaces and control characters. Anything with a colon
/// before its first <c>/</c>, <c>?</c> or <c>#</c> is treated as having a scheme, even one a browser would not
/// accept as a scheme.
/// </summary>
internal static class SafeUrl
{
    /// <summary>The <c>rel</c> of a link leaving the site: the target gets no handle on this page.</summary>
    public const string ExternalRel = "noopener noreferrer";

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var cleaned = Clean(url);
        var end = cleaned.AsSpan().IndexOfAny(":/?#");
        if (end < 0 || cleaned[end] != ':')
        {
            return true; // relative: no scheme
        }

        var scheme = cleaned.AsSpan(0, end);
        foreach (var allowed in AllowedSchemes)
        {
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An absolute http(s) address: a link leaving the site.</summary>
    public static bool IsExternal(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var cleaned = Clean(url);
        return cleaned.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
               || cleaned.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    private static string Clean(string url)
    {
        var start = 0;
        while (start < url.Length && url[start] <= ' ')
        {
            start++;
        }

        var trimmed = url[start..];
        return trimmed.AsSpan().IndexOfAny('\t', '\n', '\r') < 0
            ? trimmed
            : trimmed.Replace("\t", string.Empty, StringComparison.Ordinal)
                .Replace("\n", string.Empty, StringComparison.Ordinal)
                .Replace("\r", string.Empty, StringComparison.Ordinal);
    }
}
