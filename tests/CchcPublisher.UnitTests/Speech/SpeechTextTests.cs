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
