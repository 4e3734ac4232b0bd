using System.Text;

namespace CchcPublisher.Content.Text;

/// <summary>
/// One <see cref="StringBuilder"/> per thread, lent to the renderers for a piece of text they build and turn into
/// a string at once (a paragraph's inlines, a list item): the per-article renderers built hundreds of small
/// builders per article, each growing from 16 characters. A builder asked for while the thread's one is lent (a
/// nested call) is a new one. Builders that grew past 64 K characters are not kept.
/// </summary>
internal static class StringBuilderCache
{
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>An empty builder: the thread's own when it is free, else a new one.</summary>
    public static StringBuilder Acquire(int capacity = 256)
    {
        var builder = t_cached;
        if (builder is null)
        {
            return new StringBuilder(capacity);
        }

        t_cached = null;
        builder.Clear();
        builder.EnsureCapacity(capacity);
        return builder;
    }

    /// <summary>The builder's text; the builder goes back to the thread and must not be used again.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        Release(builder);
        return text;
    }

    /// <summary>The builder's text trimmed as <see cref="string.Trim()"/> trims; the builder goes back to the thread.</summary>
    public static string ToTrimmedStringAndRelease(StringBuilder builder)
    {
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        var text = builder.ToString(start, end - start);
        Release(builder);
        return text;
    }

    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptCapacity)
        {
            t_cached = builder;
        }
    }
}
