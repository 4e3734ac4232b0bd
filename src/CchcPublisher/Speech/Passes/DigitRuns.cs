using System.Text;
using CchcPublisher.Content.Text;

namespace CchcPublisher.Speech.Passes;

/// <summary>Every run of digits (<c>\d+</c>: <see cref="char.IsDigit(char)"/>) read as a cardinal, by a loop instead of a regular expression.</summary>
internal static class DigitRuns
{
    /// <returns><paramref name="text"/> itself when it holds no digit.</returns>
    public static string ReadAsCardinals(string text, SpeechContext context, DigitRunSpacing spacing)
    {
        StringBuilder? builder = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            builder ??= StringBuilderCache.Acquire(text.Length + 64);
            builder.Append(text, copied, i - copied);
            if (spacing == DigitRunSpacing.BothSides || (i > 0 && char.IsLetter(text[i - 1])))
            {
                builder.Append(' ');
            }

            builder.Append(context.Cardinal(text.AsSpan(i, end - i)));
            if (spacing == DigitRunSpacing.BothSides || (end < text.Length && char.IsLetter(text[end])))
            {
                builder.Append(' ');
            }

            copied = end;
            i = end - 1;
        }

        return builder is null ? text : StringBuilderCache.ToStringAndRelease(builder.Append(text, copied, text.Length - copied));
    }
}
