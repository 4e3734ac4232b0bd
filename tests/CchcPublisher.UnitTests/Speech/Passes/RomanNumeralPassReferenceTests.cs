using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// <see cref="RomanNumeralPass"/> reads keywords and numerals with loops (issue 17, speed) where it used one regular
/// expression with an evaluator, and <see cref="RomanNumerals"/> checks the standard form by writing the value back. Both
/// must give what the regular expressions gave, kept here as the reference, on every arrangement of keywords, numerals,
/// joins, letters and white space the generator makes.
/// </summary>
public sealed partial class RomanNumeralPassReferenceTests
{
    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);

    private static readonly string[] Pieces =
    [
        "quý", "Quý", "phần", "Chương", "mục", "tiểu mục", "Tiểu mục", "điều", "Điều", "khoản", "phụ lục", "khóa", "khoá", "Kỳ", "kì",
        "thế kỷ", "thế kỉ", "giai đoạn", "đợt", "Đại hội", "bài", "thứ", "Thứ", "khu vực", "Khu vực", "hạng", "giải", "tập", "cấp",
        "I", "II", "III", "IV", "V", "IX", "X", "XI", "XIV", "XL", "XC", "MCMXCIV", "MMXXVI", "IIII", "VX", "IM", "IIa", "C", "M", "L", "D",
        "i", "ii", "iii", "iv", "v", "x", "xi", "vi",
        ",", " , ", " và ", "và", "và ", " và", ".", "(", ")", "2", "12", "a", "năm", "B", "xã", "vực", "tiểu", "lần",
        "\n", "\t", " ", "  ", "\u00A0",
    ];

    [Fact]
    public void Apply_GeneratedTexts_SameAsTheRegularExpressions()
    {
        var random = new Random(76);
        var pass = new RomanNumeralPass();
        var checkedTexts = 0;
        for (var n = 0; n < 60_000; n++)
        {
            var text = new StringBuilder();
            var pieces = random.Next(1, 12);
            for (var p = 0; p < pieces; p++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(random.Next(6) == 0 ? "  " : " ");
                }
            }

            var written = text.ToString();
            Assert.True(
                string.Equals(ReferenceApply(written), pass.Apply(written, Context), StringComparison.Ordinal),
                $"\"{written}\": \"{ReferenceApply(written)}\" expected, \"{pass.Apply(written, Context)}\" given");
            checkedTexts += written.Contains('I', StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(checkedTexts > 30_000);
    }

    [Fact]
    public void TryParse_EveryStringOfNumeralLettersUpToSixAndEveryValue_SameAsTheRegularExpression()
    {
        var letters = "IVXLCDMi".ToCharArray();
        var word = new char[6];
        for (var length = 0; length <= 6; length++)
        {
            var total = (int)Math.Pow(letters.Length, length);
            for (var k = 0; k < total; k++)
            {
                var rest = k;
                for (var p = 0; p < length; p++)
                {
                    word[p] = letters[rest % letters.Length];
                    rest /= letters.Length;
                }

                var roman = new string(word, 0, length);
                Assert.Equal(ReferenceTryParse(roman, out var expected), RomanNumerals.TryParse(roman, out var value));
                Assert.Equal(expected, value);
            }
        }

        for (var v = 1; v <= 3999; v++)
        {
            var roman = Standard(v);
            Assert.True(RomanNumerals.TryParse(roman, out var value), roman);
            Assert.Equal(v, value);
            Assert.True(ReferenceTryParse(roman, out _));
            Assert.False(RomanNumerals.TryParse(roman + "I" + roman, out _) != ReferenceTryParse(roman + "I" + roman, out _), roman);
        }
    }

    private static string Standard(int value)
    {
        var builder = new StringBuilder();
        foreach (var (amount, letters) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; value >= amount; value -= amount)
            {
                builder.Append(letters);
            }
        }

        return builder.ToString();
    }

    // The pass as it was before the loops (2026-12-05), with its regular expressions.
    private static string ReferenceApply(string text)
    {
        if (!TextChecks.StandaloneRun(text, Numerals) && !text.Contains("vực", StringComparison.Ordinal))
        {
            return text;
        }

        text = AfterKeywordRegex().Replace(text, m =>
        {
            var keyword = m.Groups["kw"].Value;
            var numerals = m.Groups["r"].Captures;
            var joiners = m.Groups["join"].Captures;
            var builder = new StringBuilder(keyword);
            for (var i = 0; i < numerals.Count; i++)
            {
                var written = numerals[i].Value;
                var upper = written.ToUpperInvariant();
                if ((written != upper && written.Length < 2) || !ReferenceTryParse(upper, out var value))
                {
                    return m.Value;
                }

                builder.Append(i == 0 ? " " : joiners[i - 1].Value).Append(Spoken(keyword, value));
            }

            return builder.ToString();
        });
        return SectionRegex().Replace(text, m =>
            ReferenceTryParse(m.Groups["r"].Value, out var value) ? $"{m.Groups["pre"].Value}{Context.Cardinal(value)}." : m.Value);
    }

    private static string Spoken(string keyword, int value)
    {
        if (keyword.EndsWith("thứ", StringComparison.OrdinalIgnoreCase))
        {
            return VietnameseNumbers.Ordinal(value, Context.Style);
        }

        var prize = keyword.EndsWith("giải", StringComparison.OrdinalIgnoreCase) || keyword.EndsWith("hạng", StringComparison.OrdinalIgnoreCase);
        return prize && value == 2 ? "nhì" : prize ? VietnameseNumbers.Ordinal(value, Context.Style) : Context.Cardinal(value);
    }

    private static bool ReferenceTryParse(string roman, out int value)
    {
        value = 0;
        if (roman.Length == 0 || !ValidRegex().IsMatch(roman))
        {
            return false;
        }

        for (var i = 0; i < roman.Length; i++)
        {
            var current = "IVXLCDM".IndexOf(roman[i], StringComparison.Ordinal) is var k and >= 0 ? new[] { 1, 5, 10, 50, 100, 500, 1000 }[k] : 0;
            var next = i + 1 < roman.Length ? ("IVXLCDM".IndexOf(roman[i + 1], StringComparison.Ordinal) is var n and >= 0 ? new[] { 1, 5, 10, 50, 100, 500, 1000 }[n] : 0) : 0;
            value += current < next ? -current : current;
        }

        return value > 0;
    }

    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create("IVXLCDM");

    [GeneratedRegex(@"(?<kw>(?<![\p{L}])(?:[Qq]uý|[Pp]hần|[Cc]hương|[Mm]ục|[Tt]iểu mục|[Đđ]iều|[Kk]hoản|[Pp]hụ lục|[Kk]hóa|[Kk]hoá|[Kk]ỳ|[Kk]ì|[Tt]hế kỷ|[Tt]hế kỉ|[Gg]iai đoạn|[Đđ]ợt|[Đđ]ại hội|[Bb]ài|[Tt]hứ|[Kk]hu vực|[Hh]ạng|[Gg]iải|[Tt]ập|[Cc]ấp))\s+(?<r>[IVXLCDM]+|(?<=[Kk]hu vực\s+)[ivx]+)(?:(?<join>\s*,\s*|\s+và\s+)(?<r>[IVXLCDM]+))*(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeywordRegex();

    [GeneratedRegex(@"(?<pre>(?:^|\n)\s*)(?<r>[IVXL]+)\.(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionRegex();

    [GeneratedRegex("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidRegex();
}
