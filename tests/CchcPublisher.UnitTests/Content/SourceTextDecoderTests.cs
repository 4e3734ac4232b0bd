using System.Text;
using System.Text.Unicode;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Text;

namespace CchcPublisher.UnitTests.Content;

public sealed class SourceTextDecoderTests
{
    [Fact]
    public void Decode_RandomBytes_AcceptsExactlyWellFormedUtf8AndDecodesItAsEncodingUtf8()
    {
        var random = new Random(11);
        byte[] pieces = [0x41, 0x0A, 0x0D, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xA0, 0xE1, 0xBB, 0x87, 0xED, 0xA0, 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x90, 0xFF];
        var accepted = 0;
        for (var k = 0; k < 20000; k++)
        {
            var bytes = new byte[random.Next(0, 12)];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = pieces[random.Next(pieces.Length)];
            }

            var diagnostics = new DiagnosticBag("bai.md");
            var decoded = SourceTextDecoder.Decode(bytes, diagnostics);
            var content = bytes.AsSpan(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0);
            Assert.Equal(Utf8.IsValid(content), decoded is not null);
            if (decoded is not null)
            {
                accepted++;
                var expected = Encoding.UTF8.GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
                Assert.Equal(expected, decoded.Text);
            }
            else
            {
                Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.NotUtf8);
            }
        }

        Assert.InRange(accepted, 1000, 19000);
    }

    [Fact]
    public void TryDecodePlain_RandomBytes_DecodesExactlyWellFormedUtf8WithoutNulOrCarriageReturn()
    {
        var random = new Random(12);
        byte[] pieces = [0x00, 0x41, 0x0A, 0x0D, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xA0, 0xE1, 0xBB, 0x87, 0xED, 0xA0, 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x90, 0xFF];
        var accepted = 0;
        for (var k = 0; k < 20000; k++)
        {
            var bytes = new byte[random.Next(0, 40)];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = pieces[random.Next(pieces.Length)];
            }

            var plain = Utf8.IsValid(bytes) && bytes.AsSpan().IndexOfAny((byte)0, (byte)'\r') < 0;
            Assert.Equal(plain, SourceTextDecoder.TryDecodePlain(bytes, out var text));
            if (plain)
            {
                accepted++;
                Assert.Equal(Encoding.UTF8.GetString(bytes), text);
            }
        }

        Assert.InRange(accepted, 500, 19000);
    }

    [Fact]
    public void TryDecodePlain_VietnameseText_IsTheText()
    {
        const string text = "Tuyên truyền cải cách hành chính 2026 — \U0001F600 ở xã Hòa An.\n";
        Assert.True(SourceTextDecoder.TryDecodePlain(Encoding.UTF8.GetBytes(text), out var decoded));
        Assert.Equal(text, decoded);
        Assert.True(SourceTextDecoder.TryDecodePlain([], out var empty));
        Assert.Equal(string.Empty, empty);
    }
}
