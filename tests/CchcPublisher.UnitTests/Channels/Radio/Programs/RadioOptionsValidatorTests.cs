using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Speech;

namespace CchcPublisher.UnitTests.Channels.Radio.Programs;

public sealed class RadioOptionsValidatorTests
{
    private static IEnumerable<string> Errors(RadioOptions options) =>
        new RadioOptionsValidator().Validate(null, options).Failures ?? [];

    private static BroadcastSlot Slot(string key, int hour, int minutes, string label = "sáng") =>
        new() { Key = key, Label = label, Start = TimeSpan.FromHours(hour), MaxLength = TimeSpan.FromMinutes(minutes) };

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.Empty(Errors(new RadioOptions()));

    [Fact]
    public void Validate_LongCustomStationWords_FailWhereDefaultsPass()
    {
        // 2026 is read "hai nghìn không trăm hai mươi sáu": the words are counted after normalization.
        var opening = string.Concat(Enumerable.Repeat("Năm 2026, {dai} kính chào bà con. ", 120));
        var slot = Slot("sang", 6, 10);

        Assert.Empty(Errors(new RadioOptions { Slots = [slot] }));
        Assert.Contains(Errors(new RadioOptions { Opening = opening, Slots = [slot] }), e => e.Contains("quá nửa", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateSlotKeys_Fail() =>
        Assert.Contains(Errors(new RadioOptions { Slots = [Slot("sang", 6, 15), Slot("SANG", 7, 15)] }), e => e.Contains("2 lần", StringComparison.Ordinal));

    [Theory]
    [InlineData("Sáng")]
    [InlineData("buoi sang")]
    [InlineData("")]
    public void Validate_BadSlotKey_Fails(string key) =>
        Assert.Contains(Errors(new RadioOptions { Slots = [Slot(key, 6, 15)] }), e => e.Contains("chữ thường không dấu", StringComparison.Ordinal));

    [Fact]
    public void Validate_StartAfterMidnight_Fails() =>
        Assert.Contains(Errors(new RadioOptions { Slots = [Slot("sang", 24, 15)] }), e => e.Contains("Start", StringComparison.Ordinal));

    [Fact]
    public void Validate_SlotTooShortForStationWords_Fails() =>
        Assert.Contains(Errors(new RadioOptions { Slots = [Slot("sang", 6, 1)] }), e => e.Contains("quá nửa", StringComparison.Ordinal));

    [Fact]
    public void Validate_MissingLabel_Fails() =>
        Assert.Contains(Errors(new RadioOptions { Slots = [Slot("sang", 6, 15, label: " ")] }), e => e.Contains("Label", StringComparison.Ordinal));

    [Fact]
    public void Validate_UnknownPlaceholder_FailsNamingIt() =>
        Assert.Contains(Errors(new RadioOptions { Opening = "Đây là {dai}, {xa}." }), e => e.Contains("{xa}", StringComparison.Ordinal));

    [Fact]
    public void Validate_HttpEngineWithoutUrl_Fails() =>
        Assert.Contains(Errors(new RadioOptions { Tts = new() { Engine = "http" } }), e => e.Contains("Http:Url", StringComparison.Ordinal));

    [Fact]
    public void Validate_UnknownEngine_Fails() =>
        Assert.Contains(Errors(new RadioOptions { Tts = new() { Engine = "piper" } }), e => e.Contains("Engine", StringComparison.Ordinal));

    [Fact]
    public void Validate_PauseTooLong_Fails() =>
        Assert.Contains(Errors(new RadioOptions { ParagraphPause = TimeSpan.FromSeconds(30) }), e => e.Contains("ParagraphPause", StringComparison.Ordinal));

    [Fact]
    public void EffectiveSlots_NoneConfigured_DefaultsSangAndChieu() =>
        Assert.Equal(["sang", "chieu"], new RadioOptions().EffectiveSlots.Select(s => s.Key));

    [Fact]
    public void EffectiveSlots_Configured_ReplaceDefaultsInTimeOrder() =>
        Assert.Equal(["som", "toi"], new RadioOptions { Slots = [Slot("toi", 19, 30), Slot("som", 5, 30)] }.EffectiveSlots.Select(s => s.Key));

    [Theory]
    [InlineData("Đây là {dai}. Kính thưa quý vị và bà con nhân dân!", true)]
    [InlineData("Xin kính chào và hẹn gặp lại.", true)]
    [InlineData("Đài truyền thanh UBND xã", false)]
    [InlineData("Bản tin ngày 5/12", false)]
    [InlineData("Tỷ lệ 95% hồ sơ", false)]
    public void ReadsAsWritten_OnlyPlainWords(string text, bool plain) =>
        Assert.Equal(plain, RadioOptionsValidator.ReadsAsWritten(text));

    [Fact]
    public void ReadsAsWritten_DefaultStationWords_SameSyllablesAsTheNormalizer()
    {
        var text = RadioOptionsValidator.StationWords(new RadioOptions());

        Assert.True(RadioOptionsValidator.ReadsAsWritten(text));
        Assert.Equal(
            SpeechText.CountSyllables(SpeechNormalizer.Default.Normalize(text)),
            SpeechText.CountSyllables(text));
    }
}
