using CchcPublisher.Preview;

namespace CchcPublisher.UnitTests.Preview;

public sealed class SpokenDiffTests
{
    [Fact]
    public void Compare_NumberAndAbbreviationSpoken_MarksOnlyChangedWords()
    {
        var words = SpokenDiff.Compare("Ngày 10/12 và UBND xã họp.", "Ngày mười tháng mười hai và Ủy ban nhân dân xã họp.");

        var changed = words.Where(w => w.Written is not null).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Equal(("mười tháng mười hai", "10/12"), (changed[0].Spoken, changed[0].Written));
        Assert.Equal(("Ủy ban nhân dân", "UBND"), (changed[1].Spoken, changed[1].Written));
        Assert.Equal("Ngày mười tháng mười hai và Ủy ban nhân dân xã họp.", string.Join(' ', words.Select(w => w.Spoken)));
    }

    [Fact]
    public void Compare_Unchanged_NothingMarked() =>
        Assert.All(SpokenDiff.Compare("Xã họp dân.", "Xã họp dân."), w => Assert.Null(w.Written));
}
