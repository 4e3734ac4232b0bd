using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace CchcPublisher.Content.Text;

/// <summary>
/// Unicode Normalization Form C with a quick answer for the text Vietnamese articles are made of. A text whose
/// characters all lie in U+0000–U+02FF (ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing modifiers),
/// U+1E00–U+1EFF (Latin Extended Additional: the precomposed Vietnamese letters) or U+2010–U+2027 (dashes, quotes,
/// bullet, ellipsis) is in NFC: each of these characters is its own NFC form, none of them is a combining mark,
/// and none composes with the character before it (the NFC quick check says "yes" for every one of them). Anything
/// else (a combining mark of a text typed in NFD, other scripts) is answered by ICU, as before. Every character of
/// those ranges is checked against ICU by the tests.
/// </summary>
internal static class NfcText
{
    /// <summary><c>text.IsNormalized(NormalizationForm.FormC)</c>, without the call into ICU for the usual text.</summary>
    public static bool IsNormalized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsInQuickRanges(text) || text.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary><c>text.Normalize(NormalizationForm.FormC)</c>: the same instance when the text is already in NFC.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsInQuickRanges(text) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when every character is in one of the ranges where a character is NFC on its own and in any sequence.</summary>
    /// <remarks>
    /// Sixteen characters at a time where the processor has 256-bit vectors: each is tested against the three ranges at
    /// once (an unsigned compare after a subtraction), so a Vietnamese text, with a character outside ASCII every third or
    /// fourth, costs the same as an English one. The rest, and every character where vectors are not available, go one by
    /// one through <see cref="QuickRangeIndex"/>; the tests hold both to it for every UTF-16 unit at every position of a
    /// vector. (A vectorized search for the next character outside ASCII, tried before, cost more than it skipped.)
    /// </remarks>
    internal static bool IsInQuickRanges(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector256.IsHardwareAccelerated && units.Length >= Vector256<ushort>.Count)
        {
            var latinEnd = Vector256.Create((ushort)0x300);
            var extendedStart = Vector256.Create((ushort)0x1E00);
            var extendedCount = Vector256.Create((ushort)0x100);
            var punctuationStart = Vector256.Create((ushort)0x2010);
            var punctuationCount = Vector256.Create((ushort)0x18);
            ref var first = ref MemoryMarshal.GetReference(units);
            for (; i <= units.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)i);
                var inRanges = Vector256.LessThan(v, latinEnd)
                    | Vector256.LessThan(v - extendedStart, extendedCount)
                    | Vector256.LessThan(v - punctuationStart, punctuationCount);
                if (inRanges != Vector256<ushort>.AllBitsSet)
                {
                    return false;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (QuickRangeIndex(text[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Characters in the quick ranges (U+0000–U+02FF, U+1E00–U+1EFF, U+2010–U+2027).</summary>
    internal const int QuickRangeCount = 0x300 + 0x100 + 0x18;

    /// <summary>The position of <paramref name="c"/> among the quick ranges' characters, in that order; -1 outside them.</summary>
    internal static int QuickRangeIndex(char c) => c switch
    {
        < '\u0300' => c,
        >= '\u1E00' and <= '\u1EFF' => 0x300 + (c - '\u1E00'),
        >= '\u2010' and <= '\u2027' => 0x400 + (c - '\u2010'),
        _ => -1,
    };
}
