using CchcPublisher.Speech;

namespace CchcPublisher.UnitTests.Speech;

/// <summary>Whatever officials type, the normalizer must not throw and must leave nothing an engine misreads.</summary>
public sealed class SpeechNormalizerRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "UBND", "ngày", "15/7/2021", "32/13/2020", "1.105", "98,5%", "-", " - ", "/", "//", "76/NQ-CP", "/KH-", "Quý", "IV",
        "17h30", "25:99", "0225.3851.234", "+84", "https://", "www.", "a@b", "@", "&", "(", ")", "[x]", "…", "...", ",",
        "9999999999999999999999", "0", "00", "1tr", "k", "đ", "%", "°C", "m2", "XIV", "thứ", "tháng", "13", "x", "Ⅻ", "½",
        "١٢٣", "😀", "\t", "\n", "  ", "ĐĐĐ", "ǅ", "e\u0301", "v.v", "TP.", "1.2.3.4.5", "3,", ",5", "1..2", "2021-", "-2030",
    ];

    [Fact]
    public void Normalize_RandomMixesOfTrickyPieces_NeverThrowsAndLeavesNoProblems()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(3) == 0 ? " " : string.Empty)));

            var spoken = SpeechNormalizer.Default.Normalize(text);

            Assert.True(SpeechText.Problems(spoken).Count == 0, $"«{text}» → «{spoken}»: {string.Join("; ", SpeechText.Problems(spoken))}");
        }
    }

    [Fact]
    public void Normalize_VeryLongNumber_ReadDigitByDigit() =>
        Assert.Equal("một hai ba bốn năm sáu bảy tám chín không một hai ba bốn năm sáu bảy tám chín không", SpeechNormalizer.Default.Normalize("12345678901234567890"));

    [Fact]
    public void Normalize_OtherScriptDigits_ReadOrRemovedNotLeft() =>
        Assert.Empty(SpeechText.Problems(SpeechNormalizer.Default.Normalize("Số ١٢٣ và Ⅻ, ½ phần.")));
}
