using System.Text.RegularExpressions;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// <see cref="FullDate"/> reads "d/M/yyyy" by hand in place of <see cref="DatePass"/>'s pattern (issue 17, speed): on its edge
/// cases (three-digit days, five-digit years, a number or a mark before or after, mixed separators, white space of every kind,
/// digits other than 0–9) it finds what the pattern finds, and <see cref="DatePass"/> reads those dates as before.
/// </summary>
public sealed class FullDateTests
{
    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);

    /// <summary>The pattern <see cref="FullDate"/> stands for, as <see cref="DatePass"/> writes it.</summary>
    private static readonly Regex Pattern = new(
        @"(?<![\p{N}/.,-])(?<d>\d{1,2})\s*(?<sep>[/.-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})(?![\p{N}/])", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("15/7/2025")]
    [InlineData("ngày 15 / 7 / 2025 và 1.1.2024, 3-4-2026")]
    [InlineData("15/7.2025 và 15.7/2025")]
    [InlineData("123/4/2025 và 1/234/2025")]
    [InlineData("1/2/20255 và 1/2/202")]
    [InlineData("1/2/2025/3 và 1/2/2025.5 và 1/2/2025,5")]
    [InlineData("1/2/2025² và ²1/2/2025 và ½ 1/2/2025")]
    [InlineData("a1/2/2025b /1/2/2025 ,1/2/2025 .1/2/2025 x-1/2/2025")]
    [InlineData("1/2/3/2025 và 1//2025 và /2/2025")]
    [InlineData("01/02/2025 - 03/04/2025")]
    [InlineData("1\u00A0/\u00A02\u2003/\n2025 và 1 \t- 2 -\r\n2025")]
    [InlineData("31/2/2025 và 0/0/0000")]
    [InlineData("١/٢/٢٠٢٥ và 1/٢/2025")]
    [InlineData("12/12/2025/ 1 /2/ 2025 7")]
    [InlineData("")]
    [InlineData("1/2")]
    [InlineData("2025")]
    public void TryFind_SameMatchesAsThePattern(string text)
    {
        var expected = Pattern.Matches(text).Select(m => (m.Index, m.Length, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value));
        var found = new List<(int, int, string, string, string)>();
        for (var from = 0; FullDate.TryFind(text, from, out var date); from = date.End)
        {
            found.Add((date.Start, date.End - date.Start, text[date.Day], text[date.Month], text[date.Year]));
        }

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("15/7/2025", true)]
    [InlineData("١/٢/٢٠٢٥", false)]
    [InlineData("1/2/٢٠٢٥", false)]
    public void IsAscii_OnlyDigitsZeroToNine(string text, bool ascii)
    {
        Assert.True(FullDate.TryFind(text, 0, out var date));
        Assert.Equal(ascii, date.IsAscii(text));
    }

    [Theory]
    [InlineData("Sinh 1/2/2025.", "Sinh ngày một tháng hai năm hai nghìn không trăm hai mươi lăm.")]
    [InlineData("từ 01.04.2025 đến 30-4-2025", "từ ngày một tháng tư năm hai nghìn không trăm hai mươi lăm đến ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("29/2/2024 và 29/2/2025", "ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư và 29/2/2025")]
    [InlineData("31/2/2025 rồi 1 / 3 / 2025", "31/2/2025 rồi ngày một tháng ba năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("0/1/2025 và 1/13/2025 và 1/1/0000", "0/1/2025 và 1/13/2025 và 1/1/0000")]
    [InlineData("Quảng trường 19-8-1945", "Quảng trường mười chín tháng tám năm một nghìn chín trăm bốn mươi lăm")]
    public void Apply_FullDates_ReadAsBefore(string text, string expected) =>
        Assert.Equal(expected, new DatePass().Apply(text, Context));
}
