using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.UnitTests.Channels.Radio.Programs;

public sealed class ProgramAssemblerTests
{
    private static readonly DateOnly Date = new(2026, 11, 23);
    private static readonly DateTimeOffset StartsAt = new(2026, 11, 23, 6, 0, 0, TimeSpan.FromHours(7));
    private static readonly ScriptBuilder Scripts = new(SpeechNormalizer.Default);

    private static BroadcastSlot Slot(TimeSpan max) => new() { Key = "sang", Label = "sáng", Start = TimeSpan.FromHours(6), MaxLength = max };

    private static ProgramAssembler Assembler(int wordsPerMinute = 210) =>
        new(Scripts, ProgramSettings.From(new RadioOptions { WordsPerMinute = wordsPerMinute }, "UBND xã Hòa An"));

    /// <summary>A candidate whose body has about <paramref name="syllables"/> syllables (≈ seconds × 3.5 at 210/min).</summary>
    private static ProgramCandidate Item(string id, int syllables, int minute = 0)
    {
        var sentences = Enumerable.Range(0, Math.Max(1, syllables / 10)).Select(_ => "Người dân nộp hồ sơ trực tuyến tại nhà rất thuận tiện.");
        var script = Scripts.Build($"Bài {id}", string.Join(' ', sentences));
        return new ProgramCandidate(id, $"Bài {id}", ["mot-cua"], null, "h-" + id, StartsAt.AddMinutes(-60 + minute), script);
    }

    [Fact]
    public void Assemble_ItemsFit_OpeningItemsWithTransitionsClosingInOrder()
    {
        var program = Assembler().Assemble(Date, Slot(TimeSpan.FromMinutes(15)), StartsAt, [Item("a", 200), Item("b", 200), Item("c", 200)]);

        Assert.Equal(["a", "b", "c"], program.Items.Select(i => i.ArticleId));
        Assert.Empty(program.Carried);
        Assert.Equal(
            [ProgramPartKind.Opening, ProgramPartKind.Item, ProgramPartKind.Transition, ProgramPartKind.Item, ProgramPartKind.Transition, ProgramPartKind.Item, ProgramPartKind.Closing],
            program.Rundown.Select(p => p.Kind));
        Assert.Equal("program/2026-11-23/sang", program.Id);
        Assert.Equal("Chuyên mục Cải cách hành chính buổi sáng 23/11/2026", program.Title);
    }

    [Fact]
    public void Assemble_OpeningWords_NameStationDateAndContents()
    {
        var program = Assembler().Assemble(Date, Slot(TimeSpan.FromMinutes(15)), StartsAt, [Item("a", 50), Item("b", 50)]);

        var text = SpeechDocument.ToPlainText(program.Segments);
        Assert.StartsWith("Đây là Đài truyền thanh xã Hòa An. Kính thưa quý vị và bà con nhân dân!", text, StringComparison.Ordinal);
        Assert.Contains("buổi sáng hôm nay, thứ Hai, ngày hai mươi ba tháng mười một năm hai nghìn không trăm hai mươi sáu.", text, StringComparison.Ordinal);
        Assert.Contains("gồm các nội dung: Bài a; Bài b.", text, StringComparison.Ordinal);
        Assert.EndsWith("Xin kính chào và hẹn gặp lại.\n", text, StringComparison.Ordinal);
        Assert.Empty(SpeechText.Problems(text));
    }

    [Fact]
    public void Assemble_TooManyItems_CarriesTheRestAndNeverExceedsMaximum()
    {
        var max = TimeSpan.FromMinutes(3);
        var items = Enumerable.Range(1, 6).Select(i => Item("i" + i, 150, i)).ToList();

        var program = Assembler().Assemble(Date, Slot(max), StartsAt, items);

        Assert.True(program.Duration <= max, $"{program.Duration} > {max}");
        Assert.NotEmpty(program.Items);
        Assert.NotEmpty(program.Carried);
        Assert.Equal(items.Select(i => i.ArticleId), program.Items.Concat(program.Carried.Select(c => c.Candidate)).Select(i => i.ArticleId).Order(StringComparer.Ordinal));
        Assert.All(program.Carried, c => Assert.False(c.TooLong));
        Assert.Equal(program.Items.Select(i => i.ArticleId), items.Take(program.Items.Count).Select(i => i.ArticleId));
    }

    [Fact]
    public void Assemble_LongItemThenShortOne_ShortOneStillFits()
    {
        // The slot holds "a" and "ngan" exactly; "dai" alone would fit an empty program but not after "a".
        var (a, dai, ngan) = (Item("a", 150, 1), Item("dai", 180, 2), Item("ngan", 60, 3));
        var max = Assembler().Assemble(Date, Slot(TimeSpan.FromHours(1)), StartsAt, [a, ngan]).Duration + TimeSpan.FromSeconds(2);

        var program = Assembler().Assemble(Date, Slot(max), StartsAt, [a, dai, ngan]);

        Assert.Equal(["a", "ngan"], program.Items.Select(i => i.ArticleId));
        var carried = Assert.Single(program.Carried);
        Assert.Equal("dai", carried.Candidate.ArticleId);
        Assert.False(carried.TooLong);
        Assert.True(program.Duration <= max);
    }

    [Fact]
    public void Assemble_ItemLongerThanAnyProgram_MarkedTooLong()
    {
        var program = Assembler().Assemble(Date, Slot(TimeSpan.FromMinutes(2)), StartsAt, [Item("khong-lo", 900)]);

        Assert.Empty(program.Items);
        Assert.True(Assert.Single(program.Carried).TooLong);
    }

    [Fact]
    public void Assemble_Rundown_OffsetsAddUpToDuration()
    {
        var program = Assembler().Assemble(Date, Slot(TimeSpan.FromMinutes(15)), StartsAt, [Item("a", 120), Item("b", 80)]);

        var offset = TimeSpan.Zero;
        foreach (var part in program.Rundown)
        {
            Assert.Equal(offset, part.Offset);
            Assert.True(part.Duration > TimeSpan.Zero);
            offset += part.Duration;
        }

        Assert.Equal(program.Duration, offset);
        Assert.Equal(new SpeechPace(210).Estimate(program.Segments), program.Duration);
    }

    [Fact]
    public void Assemble_SlowerPace_FewerItemsFit()
    {
        var items = Enumerable.Range(1, 8).Select(i => Item("i" + i, 120, i)).ToList();
        var slot = Slot(TimeSpan.FromMinutes(5));

        var fast = Assembler(300).Assemble(Date, slot, StartsAt, items);
        var slow = Assembler(150).Assemble(Date, slot, StartsAt, items);

        Assert.True(slow.Items.Count < fast.Items.Count, $"{slow.Items.Count} vs {fast.Items.Count}");
    }

    [Fact]
    public void Assemble_NoCandidates_EmptyProgram()
    {
        var program = Assembler().Assemble(Date, Slot(TimeSpan.FromMinutes(15)), StartsAt, []);

        Assert.Empty(program.Items);
        Assert.Empty(program.Carried);
    }

    [Theory]
    [InlineData("UBND xã Hòa An", null, "Đài truyền thanh xã Hòa An")]
    [InlineData("Ủy ban nhân dân phường Tào Xuyên", null, "Đài truyền thanh phường Tào Xuyên")]
    [InlineData("UBND xã Hòa An", "Đài Phát thanh xã Hòa An", "Đài Phát thanh xã Hòa An")]
    public void StationNameFor_CommuneName_DerivedOrConfigured(string commune, string? configured, string expected) =>
        Assert.Equal(expected, ProgramSettings.StationNameFor(new RadioOptions { StationName = configured }, commune));
}
