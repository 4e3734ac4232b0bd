using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Words with two or more capitals that the lexicon did not know. A Vietnamese syllable in capitals
/// ("KẾ HOẠCH", "TUYÊN TRUYỀN") is lower-cased so that no engine mistakes it for an acronym; anything else
/// ("WTO", "PAPI", "VNeID") is spelled with Vietnamese letter names ("vê kép tê o").
/// </summary>
internal sealed partial class CapitalizedWordPass : ISpeechPass
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public string Apply(string text, SpeechContext context) =>
        WordRegex().Replace(text, m =>
        {
            var word = m.Value;
            if (word.Count(char.IsUpper) < 2)
            {
                return word;
            }

            var allCaps = !word.Any(char.IsLower);
            return allCaps && VietnameseSyllable.IsSyllable(word) ? word.ToLower(Vietnamese) : VietnameseLetters.Spell(word);
        });

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
