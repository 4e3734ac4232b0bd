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
    internal static bool IsInQuickRanges(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyExceptInRange('\0', '\u02FF');
        while (i >= 0)
        {
            var c = text[i];
            if ((uint)(c - '\u1E00') > 0xFF && (uint)(c - '\u2010') > 0x17)
            {
                return false;
            }

            var next = text[(i + 1)..].IndexOfAnyExceptInRange('\0', '\u02FF');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return true;
    }
}
