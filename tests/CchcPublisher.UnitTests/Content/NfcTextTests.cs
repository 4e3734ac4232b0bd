using System.Text;
using CchcPublisher.Content.Text;

namespace CchcPublisher.UnitTests.Content;

public sealed class NfcTextTests
{
    /// <summary>The quick ranges, as the type documents them.</summary>
    private static IEnumerable<char> QuickRangeCharacters() =>
        Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1E00, 0x100)).Concat(Enumerable.Range(0x2010, 0x18)).Select(c => (char)c);

    [Fact]
    public void IsInQuickRanges_EveryCharacterOfTheRanges_IsNfcAloneAfterALetterAndBeforeOne()
    {
        // What the quick answer rests on: each character is its own NFC form, and nothing composes across it.
        foreach (var c in QuickRangeCharacters())
        {
            foreach (var text in new[] { c.ToString(), "a" + c, c + "a", "ư" + c + "ế" })
            {
                Assert.True(text.IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4} in \"{text}\"");
                Assert.True(NfcText.IsInQuickRanges(text), $"U+{(int)c:X4}");
            }
        }
    }

    [Fact]
    public void IsInQuickRanges_EveryUnitAtEveryPlaceOfAVectorAndTheTail_SameAsOneByOne()
    {
        // 16 units go at once where 256-bit vectors exist; the text is 41 units long, so it has two vectors and a tail of
        // nine. Every UTF-16 unit, at every position, among quick-range characters.
        var text = "Nghị quyết số 76/NQ-CP về cải cách – “hành”".ToCharArray()[..41];
        Assert.True(NfcText.IsInQuickRanges(text));
        for (var unit = 0; unit <= char.MaxValue; unit++)
        {
            var expected = NfcText.QuickRangeIndex((char)unit) >= 0;
            for (var at = 0; at < text.Length; at += unit % 7 == 0 ? 1 : 5)
            {
                var kept = text[at];
                text[at] = (char)unit;
                Assert.True(expected == NfcText.IsInQuickRanges(text), $"U+{unit:X4} at {at}");
                text[at] = kept;
            }
        }
    }

    [Theory]
    [InlineData(0x0300)] // first combining mark
    [InlineData(0x0301)]
    [InlineData(0x1DFF)]
    [InlineData(0x1F00)]
    [InlineData(0x200F)]
    [InlineData(0x2028)]
    [InlineData(0x2126)] // Ohm sign: a singleton, not NFC
    [InlineData(0xD800)]
    public void IsInQuickRanges_CharacterOutsideTheRanges_LeftToIcu(int c) =>
        Assert.False(NfcText.IsInQuickRanges("Văn bản " + (char)c + " số"));

    [Fact]
    public void IsNormalizedAndNormalize_RandomTexts_SameAsIcu()
    {
        // Vietnamese letters precomposed and decomposed, combining marks, singletons, other scripts and punctuation,
        // in random order: the answers and the texts are those of string.IsNormalized / string.Normalize.
        var pieces = new[]
        {
            "a", "Ư", "ế", "ệ", "đ", "Đ", " ", "\n", ".", "“", "”", "–", "…", "e\u0302\u0301", "o\u031B", "\u0301", "\u0323",
            "\u2126", "\u212B", "Å", "A\u030A", "한", "\u1100\u1161", "ά", "\u0340", "1", "%", "₫", "😀", "ℂ", "\u00A0",
        };
        var random = new Random(20261204);
        for (var n = 0; n < 5000; n++)
        {
            var builder = new StringBuilder();
            for (var k = random.Next(0, 12); k > 0; k--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            Assert.Equal(text.IsNormalized(NormalizationForm.FormC), NfcText.IsNormalized(text));
            Assert.Equal(text.Normalize(NormalizationForm.FormC), NfcText.Normalize(text));
        }
    }

    [Fact]
    public void Normalize_TextAlreadyNfc_SameInstance()
    {
        var text = "Ủy ban nhân dân xã – “Một cửa”…";
        Assert.Same(text, NfcText.Normalize(text));
    }

    [Fact]
    public void Normalize_DecomposedVietnamese_Composed() =>
        Assert.Equal("Việt", NfcText.Normalize("Vie\u0323\u0302t"));
}
