using System.Globalization;
using System.Text;

namespace CchcPublisher.Speech;

/// <summary>
/// Vietnamese names of letters, for spelling an unknown acronym ("WTO" → "vê kép tê o"). English letter names
/// would switch many engines to an English voice mid-sentence.
/// </summary>
internal static class VietnameseLetters
{
    private static readonly Dictionary<char, string> Names = new()
    {
        ['a'] = "a", ['ă'] = "á", ['â'] = "ớ", ['b'] = "bê", ['c'] = "xê", ['d'] = "dê", ['đ'] = "đê",
        ['e'] = "e", ['ê'] = "ê", ['f'] = "ép", ['g'] = "giê", ['h'] = "hát", ['i'] = "i", ['j'] = "gi",
        ['k'] = "ca", ['l'] = "e lờ", ['m'] = "em mờ", ['n'] = "en nờ", ['o'] = "o", ['ô'] = "ô", ['ơ'] = "ơ",
        ['p'] = "pê", ['q'] = "quy", ['r'] = "e rờ", ['s'] = "ét", ['t'] = "tê", ['u'] = "u", ['ư'] = "ư",
        ['v'] = "vê", ['w'] = "vê kép", ['x'] = "ích", ['y'] = "i dài", ['z'] = "dét",
    };

    /// <summary>Letters spelled one by one, digits read as digits; anything else is skipped.</summary>
    public static string Spell(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var builder = new StringBuilder();
        foreach (var c in token.ToLower(CultureInfo.InvariantCulture))
        {
            var word = Names.TryGetValue(c, out var name) ? name
                : char.IsAsciiDigit(c) ? VietnameseNumbers.Digit(c - '0')
                : char.IsLetter(c) ? c.ToString()
                : null;
            if (word is null)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return builder.ToString();
    }
}
