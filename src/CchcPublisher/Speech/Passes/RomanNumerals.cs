namespace CchcPublisher.Speech.Passes;

/// <summary>Parsing of Roman numerals (I … MMMCMXCIX), in their one standard form.</summary>
internal static class RomanNumerals
{
    /// <summary>The longest standard numeral (MMMDCCCLXXXVIII, 3888).</summary>
    private const int LongestLength = 15;

    public static bool TryParse(string roman, out int value)
    {
        ArgumentNullException.ThrowIfNull(roman);
        return TryParse(roman.AsSpan(), out value);
    }

    /// <summary>
    /// The value of <paramref name="roman"/> when it is a numeral in capitals written the standard way (what
    /// <c>^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$</c> accepts, the empty text aside): the letters are read with
    /// the subtractive rule and the value written back must give the same letters ("IIII", "VX" or "IM" do not).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> roman, out int value)
    {
        value = 0;
        if (roman.Length is 0 or > LongestLength)
        {
            return false;
        }

        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var current = Value(roman[i]);
            if (current == 0)
            {
                return false;
            }

            var next = i + 1 < roman.Length ? Value(roman[i + 1]) : 0;
            total += current < next ? -current : current;
        }

        if (total is < 1 or > 3999)
        {
            return false;
        }

        Span<char> standard = stackalloc char[LongestLength];
        if (!roman.SequenceEqual(standard[..Write(total, standard)]))
        {
            return false;
        }

        value = total;
        return true;
    }

    /// <summary>Writes <paramref name="value"/> (1–3999) in its standard form; returns the length.</summary>
    private static int Write(int value, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            while (value >= Values[i])
            {
                foreach (var c in Letters[i])
                {
                    destination[length++] = c;
                }

                value -= Values[i];
            }
        }

        return length;
    }

    private static readonly int[] Values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];

    private static readonly string[] Letters = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];

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
}
