using System.Globalization;
using CchcPublisher.Speech.Tokens;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Words with two or more capitals that the lexicon did not know. A Vietnamese syllable in capitals
/// ("KẾ HOẠCH", "TUYÊN TRUYỀN") is lower-cased so that no engine mistakes it for an acronym; anything else
/// ("WTO", "PAPI", "VNeID") is spelled with Vietnamese letter names ("vê kép tê o").
/// </summary>
internal sealed class CapitalizedWordPass : ISpeechPass
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Only a run of letters with two capitals is rewritten.</summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.TwoCapitalsInWord);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One scan over letter runs; only a run with two or more capitals is rewritten (most words are left as
        // they are, without a call or an allocation per word).
        System.Text.StringBuilder? builder = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            // A run with two capitals holds a capital: jump to the next one, then back to the start of its letter run
            // (never before i, which is the end of the last run or the start).
            var next = text.AsSpan(i).IndexOfAny(Capitals);
            if (next < 0)
            {
                break;
            }

            var start = i + next;
            while (start > i && IsLetter(text[start - 1]))
            {
                start--;
            }

            i = start;
            var capitals = 0;
            while (i < text.Length && IsLetter(text[i]))
            {
                capitals += SpeechTokenizer.IsUpper(text[i]) ? 1 : 0;
                i++;
            }

            if (capitals < 2)
            {
                continue;
            }

            var word = text[start..i];
            var allCaps = !word.Any(char.IsLower);
            var spoken = allCaps && VietnameseSyllable.IsSyllable(word) ? word.ToLower(Vietnamese) : VietnameseLetters.Spell(word);
            builder ??= new System.Text.StringBuilder(text.Length + 16);
            builder.Append(text, copied, start - copied).Append(spoken);
            copied = i;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Every character that is a letter (<see cref="IsLetter"/>) and counts as a capital (<see cref="SpeechTokenizer.IsUpper"/>).</summary>
    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => IsLetter(c) && SpeechTokenizer.IsUpper(c))]);

    /// <summary><see cref="char.IsLetter(char)"/>, with the letters Vietnamese writes decided first without a table look-up.</summary>
    private static bool IsLetter(char c) => SpeechTokenizer.IsLetter(c) || (c > '\u007F' && char.IsLetter(c));
}
