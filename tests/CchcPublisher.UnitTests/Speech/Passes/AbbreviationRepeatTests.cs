using System.Globalization;
using System.Text;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// The ordinal shortcut of <see cref="AbbreviationPass.EndsWithIgnoreCase"/> (issue 17, speed) against the invariant
/// collation it stands for.
/// </summary>
public sealed class AbbreviationRepeatTests
{
    [Fact]
    public void PlainVietnameseCharacters_EqualInTheCollationExactlyWhenEqualButForCase()
    {
        var characters = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => AbbreviationPass.PlainVietnamese.Contains(c)).ToArray();
        Assert.Equal(1 + (2 * (26 + 67)), characters.Length);
        foreach (var a in characters)
        {
            foreach (var b in characters)
            {
                var collation = CultureInfo.InvariantCulture.CompareInfo.Compare(a.ToString(), b.ToString(), CompareOptions.IgnoreCase) == 0;
                Assert.True(collation == string.Equals(a.ToString(), b.ToString(), StringComparison.OrdinalIgnoreCase), $"{a} {b}");
            }
        }
    }

    [Theory]
    [InlineData("chỉ số", "Chỉ số", true)]
    [InlineData("theo Kế hoạch của ỦY BAN NHÂN", "Ủy ban nhân", true)]
    [InlineData("của Uy ban nhân", "Ủy ban nhân", false)]
    [InlineData("nhân", "Ủy ban nhân", false)]
    [InlineData("Ủy ban nhân\u200B", "Ủy ban nhân", true)]
    [InlineData("U\u0309y ban nhân", "Ủy ban nhân", true)]
    public void EndsWithIgnoreCase_AsTheInvariantCollation(string tail, string phrase, bool expected)
    {
        Assert.Equal(tail.EndsWith(phrase, true, CultureInfo.InvariantCulture), AbbreviationPass.EndsWithIgnoreCase(tail, phrase));
        Assert.Equal(expected, AbbreviationPass.EndsWithIgnoreCase(tail, phrase));
    }

    [Fact]
    public void EndsWithIgnoreCase_AsTheInvariantCollation_OnRandomTexts()
    {
        const string Alphabet = " aAuUyYủỦưƯđĐdD\u0309\u0301\u200B\u00AD.-";
        var random = new Random(17);
        for (var n = 0; n < 20_000; n++)
        {
            var phrase = Random(random, Alphabet, random.Next(1, 5));
            var tail = Random(random, Alphabet, random.Next(0, 4)) + (random.Next(2) == 0 ? phrase.ToUpperInvariant() : Random(random, Alphabet, random.Next(0, 5)));
            Assert.True(
                tail.EndsWith(phrase, true, CultureInfo.InvariantCulture) == AbbreviationPass.EndsWithIgnoreCase(tail, phrase),
                $"'{tail}' '{phrase}'");
        }
    }

    private static string Random(Random random, string alphabet, int length)
    {
        var builder = new StringBuilder(length);
        for (var k = 0; k < length; k++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }
}
