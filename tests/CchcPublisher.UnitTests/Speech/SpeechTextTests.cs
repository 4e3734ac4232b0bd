using CchcPublisher.Speech;

namespace CchcPublisher.UnitTests.Speech;

/// <summary>
/// <see cref="SpeechText.CountSyllables"/> looks letters up in a table made from <see cref="char.IsLetter(char)"/>;
/// every UTF-16 unit must be classified as that method classifies it.
/// </summary>
public sealed class SpeechTextTests
{
    [Fact]
    public void CountSyllables_EveryUtf16Unit_OneExactlyWhenCharIsLetter()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var unit = (char)c;
            Assert.Equal(char.IsLetter(unit) ? 1 : 0, SpeechText.CountSyllables(unit.ToString()));
            Assert.Equal(char.IsLetter(unit) ? 2 : 0, SpeechText.CountSyllables(unit + " " + unit));
        }
    }

    [Fact]
    public void CountSyllables_EveryUtf16UnitAmongOthers_AsTheRegularExpression()
    {
        // The count reads eight units at a time: every unit at every place of those eight, next to letters, spaces and
        // the units around it, in texts of every length up to three blocks.
        var letterRuns = new System.Text.RegularExpressions.Regex(@"\p{L}+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var random = new Random(17);
        var filler = "aZĂ ờ,Đx\n1ỹ×÷ǅȯ@`{".ToCharArray();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var length = 1 + (c % 24);
            var text = new char[length];
            for (var k = 0; k < length; k++)
            {
                text[k] = random.Next(16) == 0 ? (char)random.Next(char.MaxValue + 1) : filler[random.Next(filler.Length)];
            }

            text[c % length] = (char)c;
            var s = new string(text);
            Assert.True(letterRuns.Count(s) == SpeechText.CountSyllables(s), $"U+{c:X4} in \"{s}\"");
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("Ủy ban nhân dân xã.", 5)]
    [InlineData("  một,hai\nba  ", 3)]
    [InlineData("ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu", 13)]
    public void CountSyllables_Examples(string text, int expected) => Assert.Equal(expected, SpeechText.CountSyllables(text));

    [Fact]
    public void IsWhiteSpace_AsTheRuntime_ForEveryCharacter()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(char.IsWhiteSpace((char)c) == SpeechText.IsWhiteSpace((char)c), $"U+{c:X4}");
        }
    }
}
