using CchcPublisher.Channels.Zalo;

namespace CchcPublisher.UnitTests.Channels.Zalo;

public sealed class ZaloEnvelopeTests
{
    [Fact]
    public void TryParse_Success_ReadsData()
    {
        var envelope = ZaloEnvelope.TryParse("""{"error":0,"message":"Success","data":{"token":"abc","id":123}}""");

        Assert.Equal(0, envelope!.Error);
        Assert.Equal("abc", envelope.DataString("token"));
        Assert.Equal("123", envelope.DataString("id"));
    }

    [Fact]
    public void TryParse_ErrorAsString_Accepted() =>
        Assert.Equal(-216, ZaloEnvelope.TryParse("""{"error":"-216","message":"Access token is invalid"}""")!.Error);

    [Theory]
    [InlineData("")]
    [InlineData("<html></html>")]
    [InlineData("[1,2]")]
    [InlineData("""{"message":"no error field"}""")]
    [InlineData("""{"error":null}""")]
    [InlineData("""{"error":1.5}""")]
    [InlineData("""{"error":0,"data":""")]
    public void TryParse_NotAnEnvelope_Null(string content) =>
        Assert.Null(ZaloEnvelope.TryParse(content));
}
