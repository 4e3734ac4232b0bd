using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>Parsing of Roman numerals (I … MMMCMXCIX).</summary>
internal static partial class RomanNumerals
{
    public static bool TryParse(string roman, out int value)
    {
        ArgumentNullException.ThrowIfNull(roman);
        value = 0;
        if (roman.Length == 0 || !ValidRegex().IsMatch(roman))
        {
            return false;
        }

        for (var i = 0; i < roman.Length; i++)
        {
            var current = Value(roman[i]);
            var next = i + 1 < roman.Length ? Value(roman[i + 1]) : 0;
            value += current < next ? -current : current;
        }

        return value > 0;
    }

    private static int Value(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };

    [GeneratedRegex("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidRegex();
}
