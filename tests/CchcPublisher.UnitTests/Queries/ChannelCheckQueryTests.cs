using CchcPublisher.Channels;
using CchcPublisher.Queries;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CchcPublisher.UnitTests.Queries;

public sealed class ChannelCheckQueryTests
{
    [Fact]
    public async Task RunAsync_OneCheckThrows_OthersStillRunInChannelOrder()
    {
        var radio = Check(ChannelNames.Radio);
        radio.CheckAsync(Arg.Any<CancellationToken>()).Returns(new ChannelCheckResult(true, "outbox", "ok"));
        var website = Check(ChannelNames.Website);
        website.CheckAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("hỏng"));

        var rows = await new ChannelCheckQuery([radio, website]).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal([ChannelNames.Website, ChannelNames.Radio], rows.Select(r => r.Channel));
        Assert.False(rows[0].Result.Ok);
        Assert.Contains("hỏng", rows[0].Result.Message, StringComparison.Ordinal);
        Assert.True(rows[1].Result.Ok);
    }

    private static IChannelCheck Check(string channel)
    {
        var check = Substitute.For<IChannelCheck>();
        check.Channel.Returns(channel);
        return check;
    }
}
