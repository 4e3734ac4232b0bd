using System.Text.RegularExpressions;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech;

/// <summary>
/// The five real commune CCHC plans (TestData/Speech/Seeds, text extracted from PDF): every sentence with a
/// number, a symbol or an acronym must come out speakable, and every abbreviation in them must be known.
/// </summary>
public sealed partial class SeedPlansTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Speech", "Seeds");

    public static TheoryData<string, string> SeedSentences()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var sentence in Sentences(File.ReadAllText(file)).Where(s => InterestingRegex().IsMatch(s)).Distinct(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file), sentence);
            }
        }

        return data;
    }

    [Fact]
    public void SeedSentences_AreMany_SoTheCheckBelowMeansSomething() => Assert.True(SeedSentences().Count >= 150);

    [Theory]
    [MemberData(nameof(SeedSentences))]
    public void Normalize_SeedSentence_NoDigitsAcronymsOrSymbolsLeft(string seed, string sentence)
    {
        var spoken = SpeechNormalizer.Default.Normalize(sentence);

        Assert.True(SpeechText.Problems(spoken).Count == 0, $"{seed}: «{sentence}» → «{spoken}»: {string.Join("; ", SpeechText.Problems(spoken))}");
        Assert.False(string.IsNullOrWhiteSpace(spoken), $"{seed}: «{sentence}» became empty");
    }

    [Fact]
    public void Seeds_EveryAbbreviation_IsInTheLexiconNotSpelled()
    {
        var lexicon = SpeechLexiconLoader.BuiltIn;
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SeedFolder, "*.txt"))
        {
            var text = File.ReadAllText(file);
            foreach (Match token in TokenRegex().Matches(text))
            {
                // Document symbols (with digits or '/', or after '/' in a blank "Số: /KH-UBND") are the DocumentNumberPass's.
                if (token.Value.Any(char.IsAsciiDigit) || token.Value.Contains('/', StringComparison.Ordinal)
                    || (token.Index > 0 && text[token.Index - 1] == '/')
                    || lexicon.Abbreviations.ContainsKey(token.Value)
                    || lexicon.Abbreviations.Keys.Any(k => k.Contains(' ', StringComparison.Ordinal) && k.Split(' ').Contains(token.Value)))
                {
                    continue;
                }

                foreach (var part in token.Value.Split('-', '&', '.').Where(p => p.Count(char.IsUpper) >= 2))
                {
                    if (!lexicon.Abbreviations.ContainsKey(part) && !lexicon.Abbreviations.ContainsKey(part + ".")
                        && !VietnameseSyllable.IsSyllable(part) && !RomanNumerals.TryParse(part, out _))
                    {
                        unknown.Add(part);
                    }
                }
            }
        }

        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình", "Căn cứ Nghị quyết số bảy mươi sáu ngày mười lăm tháng bảy năm hai nghìn không trăm hai mươi mốt của Chính phủ ban hành Chương trình")]
    [InlineData("Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh", "Chỉ thị số hai mươi ba ngày hai tháng chín năm hai nghìn không trăm hai mươi mốt của Thủ tướng Chính phủ về đẩy mạnh")]
    [InlineData("Căn cứ Kế hoạch số 05/KH-UBND ngày 14/7/2025 của Ủy ban nhân dân tỉnh", "Căn cứ Kế hoạch số năm ngày mười bốn tháng bảy năm hai nghìn không trăm hai mươi lăm của Ủy ban nhân dân tỉnh")]
    [InlineData("Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ", "Công văn số bốn nghìn sáu trăm hai mươi lăm ngày hai tháng bảy năm hai nghìn không trăm hai mươi lăm của Bộ Nội vụ")]
    [InlineData("Căn cứ Quyết định số 3041/QĐ-UBND ngày 26/7/2025 của Ủy ban nhân dân thành phố Hải Phòng", "Căn cứ Quyết định số ba nghìn không trăm bốn mươi mốt ngày hai mươi sáu tháng bảy năm hai nghìn không trăm hai mươi lăm của Ủy ban nhân dân thành phố Hải Phòng")]
    [InlineData("Thực hiện Kế hoạch số 289/KH-UBND ngày 28/12/2023 của UBND thị xã Kinh Môn", "Thực hiện Kế hoạch số hai trăm tám mươi chín ngày hai mươi tám tháng mười hai năm hai nghìn không trăm hai mươi ba của Ủy ban nhân dân thị xã Kinh Môn")]
    [InlineData("Căn cứ Quyết định số 150/QĐ-UBND, ngày 13/01/2022 của Ủy ban nhân dân thị xã Bình Minh", "Căn cứ Quyết định số một trăm năm mươi, ngày mười ba tháng một năm hai nghìn không trăm hai mươi hai của Ủy ban nhân dân thị xã Bình Minh")]
    [InlineData("theo Nghị định số 20/2008/NĐ-CP, ngày 14/02/2008 của Chính phủ", "theo Nghị định số hai mươi, ngày mười bốn tháng hai năm hai nghìn không trăm linh tám của Chính phủ")]
    [InlineData("theo Nghị quyết số 30c/NQ-CP, ngày 08/11/2011 của Chính phủ", "theo Nghị quyết số ba mươi xê, ngày tám tháng mười một năm hai nghìn không trăm mười một của Chính phủ")]
    [InlineData("thực hiện các nhiệm vụ của Nghị quyết số 57-NQ/TW và các chương trình", "thực hiện các nhiệm vụ của Nghị quyết số năm mươi bảy của Trung ương và các chương trình")]
    [InlineData("Triển khai thực hiện 24 mô hình, nhiệm vụ liên quan đến 05 nhóm tiện ích của Đề án 06 của Chính phủ", "Triển khai thực hiện hai mươi tư mô hình, nhiệm vụ liên quan đến năm nhóm tiện ích của Đề án không sáu của Chính phủ")]
    [InlineData("Thời gian thực hiện: Quý II năm 2022.", "Thời gian thực hiện: Quý hai năm hai nghìn không trăm hai mươi hai.")]
    [InlineData("Quý III, quý IV năm 2025", "Quý ba, quý bốn năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("Phối hợp với Công chức Văn phòng HĐND&UBND xã hướng dẫn", "Phối hợp với Công chức Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã hướng dẫn")]
    [InlineData("nâng cao tỷ lệ hài lòng đạt trên 90%.", "nâng cao tỷ lệ hài lòng đạt trên chín mươi phần trăm.")]
    [InlineData("thực hiện đầy đủ chế độ chính sách đối với CBCCVV và người lao động.", "thực hiện đầy đủ chế độ chính sách đối với cán bộ, công chức, viên chức và người lao động.")]
    public void Normalize_SeedSentence_ReadsRight(string input, string expected) =>
        Assert.Equal(expected, SpeechNormalizer.Default.Normalize(input));

    /// <summary>The seeds are PDF text: lines are wrapped (sometimes mid-symbol, "57-\nNQ/TW") and double-spaced.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var unwrapped = WrapRegex().Replace(text.Replace("\r", string.Empty, StringComparison.Ordinal), " ");
        return SentenceEndRegex().Split(unwrapped).Select(s => s.Trim()).Where(s => s.Length > 0);
    }

    [GeneratedRegex(@"(?<=-)\s*\n\s*(?=[A-ZĐ])|\s*\n\s*")]
    private static partial Regex WrapRegex();

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=\p{Lu}|\d|-)")]
    private static partial Regex SentenceEndRegex();

    [GeneratedRegex(@"\d|[/&%@+]|\p{Lu}\p{Lu}")]
    private static partial Regex InterestingRegex();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}&./-]*[\p{L}\p{N}]|\p{L}")]
    private static partial Regex TokenRegex();
}
