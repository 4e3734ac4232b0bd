using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// <see cref="RomanNumeralPass"/> runs its keyword pattern only when a numeral follows one of its words (issue 17, speed): every
/// word, with its first letter in either case, still takes a numeral; words in capitals, a numeral after another word or glued
/// to its word are left as before.
/// </summary>
public sealed class RomanNumeralPassKeywordTests
{
    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);

    public static TheoryData<string> Keywords() =>
    [
        "quý", "phần", "chương", "mục", "tiểu mục", "điều", "khoản", "phụ lục", "khóa", "khoá", "kỳ", "kì", "thế kỷ", "thế kỉ", "giai đoạn",
        "đợt", "đại hội", "bài", "thứ", "khu vực", "hạng", "giải", "tập", "cấp",
    ];

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Apply_EveryKeyword_TakesANumeral(string keyword)
    {
        foreach (var written in new[] { keyword, char.ToUpperInvariant(keyword[0]) + keyword[1..] })
        {
            var text = $"theo {written} \t III, IV";
            Assert.StartsWith($"theo {written} ", new RomanNumeralPass().Apply(text, Context), StringComparison.Ordinal);
            Assert.DoesNotContain("III", new RomanNumeralPass().Apply(text, Context), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Quý III năm 2025", "Quý ba năm 2025")]
    [InlineData("lần thứ IV", "lần thứ tư")]
    [InlineData("khu vực ii và Khu vực\nIII", "khu vực hai và Khu vực ba")]
    [InlineData("giải II, hạng I", "giải nhì, hạng nhất")]
    [InlineData("Chương I, II và III", "Chương một, hai và ba")]
    [InlineData("MỤC II và QUÝ III", "MỤC II và QUÝ III")]
    [InlineData("ông V và khu i", "ông V và khu i")]
    [InlineData("Quý IIIa, quýII, mục IIX", "Quý IIIa, quýII, mục IIX")]
    [InlineData("II. NỘI DUNG", "hai. NỘI DUNG")]
    public void Apply_PinnedReadings(string text, string expected) =>
        Assert.Equal(expected, new RomanNumeralPass().Apply(text, Context));
}
