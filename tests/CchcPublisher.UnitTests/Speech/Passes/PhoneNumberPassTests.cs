using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// <see cref="PhoneNumberPass"/>'s numbers read from the regular expressions' matches straight into one builder (issue 17,
/// speed): groups as written, one group regrouped 4-4, 4-3-3 or 4-3-4, "+84" and its area code, eight digits only from a
/// leading zero in groups, hotlines, short numbers after a word, a digit that is not ASCII (left out, as before), and what
/// is not a number (glued to a letter, after a comma, followed by a decimal part). The expected readings are those of the
/// pass before the change.
/// </summary>
public sealed class PhoneNumberPassTests
{
    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);

    [Theory]
    [InlineData("gọi 0234 3123 456.", "gọi không hai ba bốn, ba một hai ba, bốn năm sáu.")]
    [InlineData("số 0912345678 và 02838221234 hoặc 09123456", "số không chín một hai, ba bốn năm, sáu bảy tám và không hai tám ba, tám hai hai, một hai ba bốn hoặc 09123456")]
    [InlineData("(+84-28) 38 653 050 hoặc +84 912 345 678", "cộng tám bốn, hai tám, ba tám, sáu năm ba, không năm không hoặc cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám")]
    [InlineData("0290 1022 và 02901022 và 0912 345 678,5", "không hai chín không, một không hai hai và 02901022 và 0912 345 678,5")]
    [InlineData("hotline 1900 1234, 1800.1090, 19001234, 1900 571 234", "hotline một chín không không, một hai ba bốn, một tám không không, một không chín không, một chín không không, một hai ba bốn, một chín không không, năm bảy một, hai ba bốn")]
    [InlineData("đường dây nóng 113, tổng đài 1022", "đường dây nóng một một ba, tổng đài một không hai hai")]
    [InlineData("0912 345 678 901 234 và 0\u066312 345 678", "0912 345 678 901 234 và không một hai, ba bốn năm, sáu bảy tám")]
    [InlineData("x0912345678 1,0912345678 0912-345-678-", "x0912345678 1,0912345678 không chín một hai, ba bốn năm, sáu bảy tám-")]
    public void Apply_ReadsNumbersAsBefore(string text, string expected) =>
        Assert.Equal(expected, new PhoneNumberPass().Apply(text, Context));

    [Fact]
    public void Apply_WithoutANumber_ReturnsTheSameText()
    {
        const string Text = "năm 2026 có 12345678 người";
        Assert.Same(Text, new PhoneNumberPass().Apply(Text, Context));
    }
}
