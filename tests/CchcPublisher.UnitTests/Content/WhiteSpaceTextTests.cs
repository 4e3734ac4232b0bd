using CchcPublisher.Content.Text;

namespace CchcPublisher.UnitTests.Content;

public sealed class WhiteSpaceTextTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("a", "a")]
    [InlineData("  Nguyễn   Văn\tA \n", "Nguyễn Văn A")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a \u2003 b", "a b")]
    public void Collapse_JoinsWordsWithOneSpace(string text, string expected) =>
        Assert.Equal(expected, WhiteSpaceText.Collapse(text));

    [Fact]
    public void Collapse_TextAlreadyCollapsed_IsReturnedAsIs()
    {
        var text = "Hướng dẫn nộp hồ sơ trực tuyến";
        Assert.Same(text, WhiteSpaceText.Collapse(text));
    }

    [Fact]
    public void Collapse_RandomText_AgreesWithSplitAndJoin()
    {
        var random = new Random(17);
        const string alphabet = "ab đ. \t\n\r\u00A0\u2003\u200B";
        for (var k = 0; k < 5000; k++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(expected, WhiteSpaceText.Collapse(text));
        }
    }
}
