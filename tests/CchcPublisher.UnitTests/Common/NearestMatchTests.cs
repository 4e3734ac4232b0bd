using CchcPublisher.Common;

namespace CchcPublisher.UnitTests.Common;

public sealed class NearestMatchTests
{
    [Theory]
    [InlineData("tittle", "title")]
    [InlineData("categores", "categories")]
    [InlineData("publishat", "publish_at")]
    public void Find_Misspelt_SuggestsNearest(string input, string expected) =>
        Assert.Equal(expected, NearestMatch.Find(input, ["title", "categories", "publish_at", "channels"]));

    [Fact]
    public void Find_NothingClose_ReturnsNull() =>
        Assert.Null(NearestMatch.Find("xyzxyzxyz", ["title", "categories"]));
}
