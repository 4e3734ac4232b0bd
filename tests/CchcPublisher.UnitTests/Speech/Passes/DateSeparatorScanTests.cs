using System.Buffers;
using System.Text;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary><see cref="DateSeparatorScan"/> answers what <see cref="TextChecks.DigitSeparatorDigit"/> answers, one scan for all questions.</summary>
public sealed class DateSeparatorScanTests
{
    private static readonly (DateSeparator Flags, SearchValues<char> Chars)[] Questions =
    [
        (DateSeparator.Any, SearchValues.Create("/.-")),
        (DateSeparator.Slash, SearchValues.Create("/")),
        (DateSeparator.Dash, SearchValues.Create("-")),
        (DateSeparator.Dot, SearchValues.Create(".")),
        (DateSeparator.Dot | DateSeparator.Dash, SearchValues.Create(".-")),
        (DateSeparator.Slash | DateSeparator.Dash, SearchValues.Create("/-")),
    ];

    [Theory]
    [InlineData("ngày 15/01/2026", (int)DateSeparator.Slash, 4, true)]
    [InlineData("ngày 15/01", (int)DateSeparator.Slash, 4, false)]
    [InlineData("2021 - 2030", (int)DateSeparator.Dash, 4, true)]
    [InlineData("3 .1", (int)DateSeparator.Dot, 1, true)]
    [InlineData("số 3/ KH", (int)DateSeparator.Slash, 1, false)]
    [InlineData("１５/０１", (int)DateSeparator.Slash, 1, false)]
    public void Has_Examples(string text, int separators, int digitsAfter, bool expected)
    {
        var scan = default(DateSeparatorScan);

        Assert.Equal(expected, scan.Has(text, (DateSeparator)separators, digitsAfter));
    }

    [Fact]
    public void Has_GeneratedTexts_SameAsDigitSeparatorDigit()
    {
        string[] pieces = ["1", "15", "2026", "０", " ", "  ", "\n", "\u00A0", "/", "-", ".", ",", ":", "ngày", "tháng", "a", "đ"];
        var random = new Random(20261205);
        var text = new StringBuilder();
        var scan = default(DateSeparatorScan);
        for (var n = 0; n < 30_000; n++)
        {
            text.Clear();
            for (var k = random.Next(1, 14); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            // A new string each time: the scan must notice the text is another one.
            var written = text.ToString();
            foreach (var (flags, chars) in Questions)
            {
                for (var digits = 1; digits <= 4; digits++)
                {
                    Assert.True(
                        TextChecks.DigitSeparatorDigit(written, chars, digits) == scan.Has(written, flags, digits),
                        $"\"{written}\" {flags} {digits}");
                }
            }
        }
    }
}
