using System.Buffers.Binary;
using CchcPublisher.Channels.Radio.Tts;

namespace CchcPublisher.UnitTests.Channels.Radio.Tts;

public sealed class WavAudioTests
{
    private static readonly WavFormat Mono16k = new(1, 16000, 16);

    private static byte[] Tone(WavFormat format, int frames)
    {
        var audio = WavAudio.Silence(format, TimeSpan.FromSeconds((double)frames / format.SampleRate));
        var bytes = audio.ToBytes();
        for (var i = 44; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 251);
        }

        return bytes;
    }

    [Fact]
    public void Silence_OneSecond_HasSampleRateFramesAndRoundTrips()
    {
        var silence = WavAudio.Silence(Mono16k, TimeSpan.FromSeconds(1));

        var parsed = WavAudio.Parse(silence.ToBytes());

        Assert.Equal(32000, parsed.Data.Length);
        Assert.Equal(TimeSpan.FromSeconds(1), parsed.Duration);
        Assert.Equal(Mono16k, parsed.Format);
    }

    [Fact]
    public void Concat_TwoPieces_DataJoinedInOrderHeaderSizesRight()
    {
        var first = WavAudio.Parse(Tone(Mono16k, 100));
        var second = WavAudio.Parse(Tone(Mono16k, 50));

        var joined = WavAudio.Concat([first, second]).ToBytes();

        Assert.Equal(44 + 300, joined.Length);
        Assert.Equal((uint)(36 + 300), BinaryPrimitives.ReadUInt32LittleEndian(joined.AsSpan(4)));
        Assert.Equal(300u, BinaryPrimitives.ReadUInt32LittleEndian(joined.AsSpan(40)));
        Assert.Equal(first.Data.Concat(second.Data), joined.Skip(44));
    }

    [Fact]
    public void Concat_DifferentFormats_Throws() =>
        Assert.Throws<InvalidDataException>(() => WavAudio.Concat([WavAudio.Silence(Mono16k, TimeSpan.FromSeconds(0.1)), WavAudio.Silence(new WavFormat(1, 22050, 16), TimeSpan.FromSeconds(0.1))]));

    [Fact]
    public void Parse_ExtraChunksAndStreamingSize_ReadsData()
    {
        var bytes = Tone(Mono16k, 10).ToList();
        // Insert a LIST chunk before "data" and mark data size as unknown (0xFFFFFFFF), as streaming writers do.
        byte[] list = [.. "LIST"u8.ToArray(), 4, 0, 0, 0, 1, 2, 3, 4];
        bytes.InsertRange(36, list);
        var file = bytes.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(36 + list.Length + 4), 0xFFFFFFFF);

        var parsed = WavAudio.Parse(file);

        Assert.Equal(20, parsed.Data.Length);
    }

    [Fact]
    public void Parse_Mp3_ThrowsWithVietnameseMessage()
    {
        var error = Assert.Throws<InvalidDataException>(() => WavAudio.Parse("ID3\u0004\0\0\0\0\0\0\0\0\0\0"u8));

        Assert.Contains("Không phải tệp WAV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonPcm_Throws()
    {
        var file = Tone(Mono16k, 10);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(20), 3);

        Assert.Throws<InvalidDataException>(() => WavAudio.Parse(file));
    }

    [Fact]
    public void Silence_EightBit_IsMidpoint() =>
        Assert.All(WavAudio.Silence(new WavFormat(1, 8000, 8), TimeSpan.FromMilliseconds(10)).Data, b => Assert.Equal(0x80, b));
}
