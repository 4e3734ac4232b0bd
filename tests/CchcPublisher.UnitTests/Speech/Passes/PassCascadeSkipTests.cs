using System.Text;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// <see cref="PassCascade"/> skips a pass when <see cref="ISpeechPass.MayChange"/> says it cannot change the text (issue 17,
/// speed). On a few thousand generated reading windows (Vietnamese words, digits, the characters the passes look for,
/// capitals, lexicon keys, white space of every kind; fixed seed): whenever a pass would be skipped its
/// <see cref="ISpeechPass.Apply"/> gives the text back unchanged, both on the window itself and on what the passes
/// before it made of it, and the cascade with skipping says what the cascade calling every pass says.
/// </summary>
public sealed class PassCascadeSkipTests
{
    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);
    private static readonly LexiconKeyWords Keys = LexiconKeyWords.For(SpeechLexiconLoader.BuiltIn);
    private static readonly Lazy<string[]> Windows = new(() => Generate(4000, seed: 20261204));

    public static TheoryData<string> PassNames() => [.. PassCascade.All.Select(p => p.GetType().Name)];

    [Theory]
    [MemberData(nameof(PassNames))]
    public void MayChange_False_ApplyLeavesTheTextAsItIs(string passName)
    {
        var index = PassCascade.All.Select(p => p.GetType().Name).ToList().IndexOf(passName);
        var pass = PassCascade.All[index];
        var (skipped, changed) = (0, 0);
        foreach (var window in Windows.Value)
        {
            // The window itself, and the window as the passes before this one left it.
            var input = window;
            for (var i = 0; i < index; i++)
            {
                input = PassCascade.All[i].Apply(input, Context);
            }

            foreach (var text in new[] { window, input })
            {
                var spoken = pass.Apply(text, Context);
                changed += string.Equals(spoken, text, StringComparison.Ordinal) ? 0 : 1;
                if (!pass.MayChange(TextTraits.Of(text, Keys)))
                {
                    skipped++;
                    Assert.True(string.Equals(text, spoken, StringComparison.Ordinal), $"{passName} skipped but changes [{Escaped(text)}] into [{Escaped(spoken)}]");
                }
            }
        }

        // Both sides are exercised: the pass is skipped on some windows and changes others.
        Assert.InRange(skipped, 1, 2 * Windows.Value.Length - 1);
        Assert.True(changed > 0, $"{passName} changed no generated window");
    }

    [Fact]
    public void Apply_GeneratedWindows_SameAsEveryPassCalled()
    {
        foreach (var window in Windows.Value)
        {
            Assert.Equal(PassCascade.ApplyAll(window, Context), PassCascade.Apply(window, Context));
        }
    }

    [Fact]
    public void Of_GeneratedWindows_SameWithAndWithoutTheShortcuts()
    {
        // The scan's shortcuts (letters inside a word, the space after a word or after a number or mark, a digit inside a
        // number) must say what its general steps say, every field of the traits.
        foreach (var window in Windows.Value.Concat(Generate(20_000, seed: 20261206)))
        {
            Assert.True(TextTraits.OfWithoutShortcuts(window, Keys) == TextTraits.Of(window, Keys), Escaped(window));
        }
    }

    [Fact]
    public void Of_EveryCharacterAroundDigitsSpacesAndWords_SameWithAndWithoutTheShortcuts()
    {
        // Each UTF-16 unit up to the Vietnamese letters, and a sample beyond, before and after a digit, a space and a word.
        foreach (var unit in Enumerable.Range(0, 0x2100).Concat(Enumerable.Range(0x2100, 0xDF00).Where(u => u % 97 == 0)))
        {
            var c = (char)unit;
            var text = $"ab{c} 12{c}{c}3 {c}  {c}0{c}9 x{c}y {c}IV {c} 7/ {c}X 4 {c} I {c}\n{c}";
            Assert.True(TextTraits.OfWithoutShortcuts(text, Keys) == TextTraits.Of(text, Keys), $"U+{unit:X4}");
        }
    }

    [Theory]
    [InlineData("bà con nhân dân", "None")]
    [InlineData("Kế hoạch số 125/KH-UBND ngày", "SlashCode, TwoCapitalsInWord")]
    [InlineData("ngày 15 / 7", "DigitSlashDigit")]
    [InlineData("đạt 3,5", "DigitCommaDigit")]
    [InlineData("Đề án 06", "SpaceZeroDigit")]
    [InlineData("quý IV năm", "StandaloneRoman, TwoCapitalsInWord, QuarterWord")]
    [InlineData("Quý 2", "QuarterWord")]
    [InlineData("quýt 2 tháng", "MonthWord")]
    [InlineData("Tháng5", "MonthWord")]
    [InlineData("hàng tháng; giờ", "MonthWord, HourWord")]
    [InlineData("giờ giấc 8 giờ", "HourWord")]
    [InlineData("Thứ 2, hạng", "OrdinalWord")]
    [InlineData("thứtự Hạng", "OrdinalWord")]
    [InlineData("Giờ thángg quýý", "None")]
    [InlineData("khu vực ii", "Vuc")]
    [InlineData("nhóm Zalo", "MayStartKey")]
    [InlineData("xem hoaan.gov", "DotLetter, MayNeedTidying")]
    [InlineData("xã ,\nhọp", "MayNeedTidying")]
    [InlineData(" xã", "MayNeedTidying")]
    [InlineData("xã  họp", "DoubleSpace, MayNeedTidying")]
    [InlineData("giá 5€", "OtherCharacter")]

    // Runs of small words between single spaces (read in one loop): keywords anywhere in them, one-letter words, the last word.
    [InlineData("đi quý 2 tháng 3 thứ 4 hạng 5 giờ", "QuarterWord, MonthWord, OrdinalWord, HourWord")]
    [InlineData("xã a b giờ", "MayStartKey, HourWord")]
    [InlineData("họp khu vực I.", "Vuc, StandaloneRoman")]
    [InlineData("vự vực vvự", "Vuc")]
    [InlineData("quý I xã", "StandaloneRoman, QuarterWord")]
    [InlineData("lần thứ IV năm", "StandaloneRoman, TwoCapitalsInWord, OrdinalWord")]
    [InlineData("ở  hai  xã", "DoubleSpace, MayNeedTidying")]
    [InlineData("Ở Xã xã", "None")]
    public void Of_FindsWhatThePassesLookFor(string text, string expected) =>
        Assert.Equal(Enum.Parse<TextTrait>(expected), TextTraits.Of(text, Keys).Flags);

    [Fact]
    public void Of_DigitsAndWhatFollowsThem()
    {
        var traits = TextTraits.Of("gọi 0234 3123 456 hoặc 1tr5, 5 đồng", Keys);

        Assert.Equal(14, traits.DigitCount);
        Assert.Equal(4, traits.LongestDigitRun);
        Assert.True(traits.HasAfterDigits(TextTraits.Mask("t")));
        Assert.False(traits.HasAfterDigits(TextTraits.Mask("k")));
        Assert.True(traits.HasAfterDigits(TextTraits.NonAscii));
    }

    [Theory]
    [InlineData("5 triệu người", true, true, false)]
    [InlineData("1tr5 và 10k", true, false, false)]
    [InlineData("1 tr và 10 k", false, false, false)]
    [InlineData("50.000đ hoặc 5\u00A0VNĐ", true, false, false)]
    [InlineData("5 VNĐx và 5 đồngý", false, false, false)]
    [InlineData("5 người, 3 mô hình, 20 hộ, 43 hai", false, false, false)]
    [InlineData("8,5m2 hay 43 ha", false, true, false)]
    [InlineData("3 nghìnx", false, true, false)]
    [InlineData("25 con/m2", false, false, true)]
    [InlineData("con/ \tkm2 và 1/5 và con/người", false, false, true)]
    [InlineData("ngày 15/7/2025", false, false, false)]
    public void Of_WhatFollowsANumber(string text, bool amount, bool unit, bool areaUnit)
    {
        var traits = TextTraits.Of(System.Text.RegularExpressions.Regex.Unescape(text), Keys);

        Assert.Equal(amount, traits.Has(TextTrait.AmountWordAfterNumber));
        Assert.Equal(unit, traits.Has(TextTrait.UnitAfterNumber));
        Assert.Equal(areaUnit, traits.Has(TextTrait.SlashAreaUnit));
    }

    private static string Escaped(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    /// <summary>Windows of 1–16 pieces, each piece a word, a number, a key, a special character, white space or a whole written form.</summary>
    private static string[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var keys = SpeechLexiconLoader.BuiltIn.Abbreviations.Keys
            .Concat(SpeechLexiconLoader.BuiltIn.DocumentTypes.Keys).Concat(SpeechLexiconLoader.BuiltIn.Issuers.Keys)
            .Order(StringComparer.Ordinal).ToArray();
        string[][] pieces =
        [
            ["xã", "bà", "con", "nhân", "dân", "ngày", "tháng", "năm", "quý", "thứ", "hạng", "giờ", "số", "gọi", "khu", "vực", "đường", "dây",
                "Tháng", "Hạng", "giờ", "giờ 00", "8 giờ 00 phút", "thứ", "quý", "quýt", "thángg",
                "nóng", "tỷ", "lệ", "đồng", "triệu", "nghìn", "đề", "án", "chỉ", "thị", "của", "theo", "tới", "từ", "đến", "mùng", "sáng", "lần"],
            ["Ủy", "Thứ", "Các", "Kế", "Quý", "Chương", "Điều", "KẾ", "HOẠCH", "VNeID", "WTO", "PAPI", "Đăng", "Mọi", "Cổng", "Tổ", "Ấp"],
            ["1", "5", "05", "12", "007", "15", "2024", "2026", "0234", "0912345678", "1900", "84", "125", "31", "3", "1.234", "3,5", "2.1.3"],
            ["/", "-", ".", ",", ":", ";", "!", "?", "%", "(", ")", "[", "]", "&", "@", "+", "=", "*", "\"", "'", "#", "°", "º", "₫", "đ",
                "k", "h", "g", "tr", "m2", "km", "ha", "kg", "VND", "vnđ", "I", "II", "IV", "V", "X", "ii", "www.", ".vn", "://", "./.", "…", "–", "\u00A0", "\u200B"],
            [" ", " ", " ", "  ", "\n", " \n", "\t", "\r\n", ". ", ", "],
            ["ngày 15/7/2025", "2021-2030", "quý II/2025", "Đề án 06", "(CCHC)", "0234.3123.456", "50.000đ", "10 km", "7h30", "thứ 2", "tháng 4",
                "98,5%", "76/NQ-CP", "57-NQ/TW", "Số: /KH-UBND", "hoaan.gov.vn", "a@b.vn", "2-3 ngày", "85/100", "1.234,5", "khóa XV", "G7",
                "TTĐU-HĐND-UBND", "- mục", "a) mục", "...", "(+84-28) 38", "gọi 1022", "tỷ lệ 1:500", "lần thứ IV", "II. NỘI DUNG"],
            ["5 tấn", "43 ha", "8,5m2", "120km/h", "25 con/m2", "con/ m3", "5 triệu VND", "12.345 đồng", "10k", "1tr5", "2tr", "10k-20k",
                "50.000đ/ngày", "5 người", "3 mô hình", "20 hộ", "1 tr", "10 k", "5 VNĐx", "30 oC", "25°C", "5 độ C", "100 lít", "3 nghìn",
                "3 nghìnx", "2 tỉ", "500 kWh", "4 GB", "1-2 tấn", "7 – 9 m", "5\u00A0tấn", "5\tđồng", "1.2.2025", "31/2/2025", "3 - 4 - 2025"],
        ];
        var windows = new string[count];
        var builder = new StringBuilder();
        for (var n = 0; n < count; n++)
        {
            builder.Clear();
            var length = random.Next(1, 17);
            for (var p = 0; p < length; p++)
            {
                var kind = random.Next(pieces.Length + 1);
                builder.Append(kind == pieces.Length ? keys[random.Next(keys.Length)] : pieces[kind][random.Next(pieces[kind].Length)]);
                if (random.Next(3) > 0)
                {
                    builder.Append(' ');
                }
            }

            windows[n] = builder.ToString();
        }

        return windows;
    }
}
