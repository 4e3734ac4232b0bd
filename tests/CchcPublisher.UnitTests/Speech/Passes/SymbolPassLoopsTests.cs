using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// The loops that replaced regular expressions in <see cref="SymbolPass"/> and <see cref="CardinalPass"/> (issue 17,
/// speed): each must give what its expression gave, kept here as the reference, on chosen edge cases and on random
/// texts made of the characters the expressions care about (white space of every kind, line breaks, dashes, brackets,
/// marks, letters, ASCII and other digits).
/// </summary>
public sealed partial class SymbolPassLoopsTests
{
    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);

    [Theory]
    [InlineData("kinh tế - xã hội", "kinh tế, xã hội")]
    [InlineData("e-mail", "e mail")]
    [InlineData("-5 độ", ", 5 độ")]
    [InlineData("a\n-- b", "a, b")]
    [InlineData("a--\nb", "a, b")]
    [InlineData("a-", "a, ")]
    [InlineData("a -\n-b", "a, , b")]
    [InlineData("x\n-y", "x, y")]
    [InlineData("a---b", "a b")]
    [InlineData("  ", "  ")]
    public void WithoutDashes_AsTheExpressions(string text, string expected)
    {
        Assert.Equal(expected, SymbolPass.WithoutDashes(text));
        Assert.Equal(DashesReference(text), SymbolPass.WithoutDashes(text));
    }

    [Theory]
    [InlineData("Ủy ban (UBND) xã", "Ủy ban, UBND, xã")]
    [InlineData("((a))", ", , a, , ")]
    [InlineData("a \n[ b ]\n", "a, b, ")]
    public void WithoutBrackets_AsTheExpression(string text, string expected)
    {
        Assert.Equal(expected, SymbolPass.WithoutBrackets(text));
        Assert.Equal(BracketRegex().Replace(text, ", "), SymbolPass.WithoutBrackets(text));
    }

    [Theory]
    [InlineData("a , b .", "a, b.")]
    [InlineData("a \t\u00A0; b", "a; b")]
    [InlineData("a \n, b", "a \n, b")]
    [InlineData("a  b", "a  b")]
    public void WithoutSpaceBeforePunctuation_AsTheExpression(string text, string expected)
    {
        Assert.Equal(expected, SymbolPass.WithoutSpaceBeforePunctuation(text));
        Assert.Equal(SpaceBeforePunctuationRegex().Replace(text, "$1"), SymbolPass.WithoutSpaceBeforePunctuation(text));
    }

    [Theory]
    [InlineData("a, . b", "a. b")]
    [InlineData("a ,\n,; b!?", "a ; b!")]
    [InlineData("a, b", "a, b")]
    [InlineData("a,", "a,")]
    public void WithStrongestOfRepeatedPunctuation_AsTheExpression(string text, string expected)
    {
        Assert.Equal(expected, SymbolPass.WithStrongestOfRepeatedPunctuation(text));
        Assert.Equal(RepeatedReference(text), SymbolPass.WithStrongestOfRepeatedPunctuation(text));
    }

    [Theory]
    [InlineData("a,b.c", "a, b. c")]
    [InlineData("a, b", "a, b")]
    [InlineData("a.1", "a.1")]
    [InlineData("x.Ủy", "x. Ủy")]
    public void WithSpaceAfterPunctuation_AsTheExpression(string text, string expected)
    {
        Assert.Equal(expected, SymbolPass.WithSpaceAfterPunctuation(text));
        Assert.Equal(MissingSpaceRegex().Replace(text, "$1 "), SymbolPass.WithSpaceAfterPunctuation(text));
    }

    [Theory]
    [InlineData("có 24 mô hình", "có hai mươi tư mô hình")]
    [InlineData("lô A12b", "lô A mười hai b")]
    [InlineData("12", "mười hai")]
    public void Cardinal_NumbersAsBefore(string text, string expected) =>
        Assert.Equal(expected, new CardinalPass().Apply(text, Context));

    [Fact]
    public void Loops_AsTheExpressions_OnRandomTexts()
    {
        // Every kind of white space the expressions see (\s, [^\S\n]), dashes, brackets, marks, letters, digits.
        const string Alphabet = " \t\n\r\u00A0\u2003\u3000-()[]{}.,;:!?aZđỦ1٣/&%";
        var random = new Random(17);
        for (var n = 0; n < 20_000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 24);
            for (var k = 0; k < length; k++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var text = builder.ToString();
            Assert.Equal(DashesReference(text), SymbolPass.WithoutDashes(text));
            Assert.Equal(BracketRegex().Replace(text, ", "), SymbolPass.WithoutBrackets(text));
            Assert.Equal(SpaceBeforePunctuationRegex().Replace(text, "$1"), SymbolPass.WithoutSpaceBeforePunctuation(text));
            Assert.Equal(RepeatedReference(text), SymbolPass.WithStrongestOfRepeatedPunctuation(text));
            Assert.Equal(MissingSpaceRegex().Replace(text, "$1 "), SymbolPass.WithSpaceAfterPunctuation(text));
            // The passes after CharacterCleanupPass see ASCII digits only (it turns the others into 0–9).
            var ascii = text.Replace('٣', '3');
            Assert.Equal(CardinalReference(ascii), new CardinalPass().Apply(ascii, Context));
        }
    }

    [Theory]
    [InlineData("một hai, ba. Bốn\nnăm", false)]
    [InlineData("một  hai", true)]
    [InlineData("một\u00A0hai", true)]
    [InlineData("một \nhai", true)]
    [InlineData("một , hai", true)]
    [InlineData("một,hai", true)]
    [InlineData("một, . hai", true)]
    [InlineData("một,\nhai", true)]
    [InlineData("một\n , hai", true)]
    [InlineData(". một", true)]
    [InlineData("một.\n\nHai", false)]
    public void MayNeedTidying_WhenATestOfTidyHolds(string text, bool expected)
    {
        Assert.Equal(expected, SymbolPass.MayNeedTidying(text));
        Assert.Equal(TidyTests(text), SymbolPass.MayNeedTidying(text));
    }

    [Fact]
    public void MayNeedTidying_ExactlyWhenATestOfTidyHolds_OnRandomTexts()
    {
        const string Alphabet = " \t\n\r\u00A0\u2003\u3000.,;:!?aĐủ-";
        var random = new Random(23);
        for (var n = 0; n < 50_000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 16);
            for (var k = 0; k < length; k++)
            {
                builder.Append(random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)] : 'a');
            }

            var text = builder.ToString();
            Assert.True(TidyTests(text) == SymbolPass.MayNeedTidying(text), text);
        }
    }

    /// <summary>The tests of <c>SymbolPass.Tidy</c>'s steps, one after the other.</summary>
    private static bool TidyTests(string text)
    {
        var punctuation = System.Buffers.SearchValues.Create(".,;:!?");
        return TextChecks.HasIrregularSpace(text) || TextChecks.AnyAfterHorizontalSpace(text, punctuation)
            || TextChecks.RepeatedMark(text, punctuation) || TextChecks.AnyBeforeLetter(text, punctuation)
            || TextChecks.LineStartsWith(text, System.Buffers.SearchValues.Create(",;:.")) || TextChecks.MarkAtLineEnd(text, ',')
            || TextChecks.HasSpaceBeforeNewline(text);
    }

    private static string DashesReference(string text) => TightDashRegex().Replace(SpacedDashRegex().Replace(text, ", "), " ");

    private static string RepeatedReference(string text) => RepeatedPunctuationRegex().Replace(text, m =>
        "!?.;:,".FirstOrDefault(mark => m.Value.Contains(mark, StringComparison.Ordinal)) is var c and not '\0' ? c.ToString() : m.Value);

    /// <summary>The pass as it was, for texts without '-' before a digit or a digit beside a capital (its other steps).</summary>
    private static string CardinalReference(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return text;
        }

        var reference = new CardinalPass().Apply(text, Context);
        var plain = Regex.IsMatch(text, @"-\s*\d|\d\p{Lu}|\p{Lu}\d", RegexOptions.CultureInvariant)
            ? reference
            : DigitsRegex().Replace(text, m =>
                (m.Index > 0 && char.IsLetter(text[m.Index - 1]) ? " " : string.Empty)
                + Context.Cardinal(m.Value)
                + (m.Index + m.Length < text.Length && char.IsLetter(text[m.Index + m.Length]) ? " " : string.Empty));
        return plain;
    }

    [GeneratedRegex(@"\s+-+\s*|\s*-+\s+|^-+|-+$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SpacedDashRegex();

    [GeneratedRegex(@"-+", RegexOptions.CultureInvariant)]
    private static partial Regex TightDashRegex();

    [GeneratedRegex(@"\s*[()\[\]{}]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BracketRegex();

    [GeneratedRegex(@"[^\S\n]+([.,;:!?])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuationRegex();

    [GeneratedRegex(@"[.,;:!?](?:\s*[.,;:!?])+", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedPunctuationRegex();

    [GeneratedRegex(@"([.,;:!?])(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex MissingSpaceRegex();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsRegex();
}
