using System.Buffers.Binary;

namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>PCM audio format of a WAV file.</summary>
internal sealed record WavFormat(int Channels, int SampleRate, int BitsPerSample)
{
    public int BlockAlign => Channels * BitsPerSample / 8;

    public int ByteRate => SampleRate * BlockAlign;
}

/// <summary>
/// Minimal PCM WAV reading and writing, enough to join TTS chunks and insert silences without any audio
/// library: parse the RIFF chunks, keep <c>fmt </c> and <c>data</c>, write a canonical 44-byte header.
/// </summary>
internal sealed class WavAudio
{
    private WavAudio(WavFormat format, byte[] data)
    {
        Format = format;
        Data = data;
    }

    public WavFormat Format { get; }

    public byte[] Data { get; }

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Data.Length / Format.ByteRate);

    /// <summary>Reads a PCM WAV file. Throws <see cref="InvalidDataException"/> for anything else (MP3, compressed WAV, garbage).</summary>
    public static WavAudio Parse(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException("Không phải tệp WAV (thiếu phần đầu RIFF/WAVE).");
        }

        WavFormat? format = null;
        byte[]? data = null;
        var position = 12;
        while (position + 8 <= file.Length)
        {
            var id = file.Slice(position, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(position + 4, 4));
            var bodyStart = position + 8;
            var available = file.Length - bodyStart;

            // Streaming writers leave the size at 0 or 0xFFFFFFFF: take what is there.
            var length = size == 0 || size > available ? available : (int)size;
            var body = file.Slice(bodyStart, length);
            if (id.SequenceEqual("fmt "u8))
            {
                if (length < 16)
                {
                    throw new InvalidDataException("Tệp WAV hỏng: phần 'fmt ' quá ngắn.");
                }

                var audioFormat = BinaryPrimitives.ReadUInt16LittleEndian(body);
                if (audioFormat is not (1 or 0xFFFE))
                {
                    throw new InvalidDataException($"Tệp WAV không phải PCM (mã định dạng {audioFormat}).");
                }

                format = new WavFormat(
                    BinaryPrimitives.ReadUInt16LittleEndian(body[2..]),
                    (int)BinaryPrimitives.ReadUInt32LittleEndian(body[4..]),
                    BinaryPrimitives.ReadUInt16LittleEndian(body[14..]));
            }
            else if (id.SequenceEqual("data"u8))
            {
                data = body.ToArray();
            }

            position = bodyStart + length + (length % 2);
        }

        if (format is null || data is null)
        {
            throw new InvalidDataException("Tệp WAV hỏng: thiếu phần 'fmt ' hoặc 'data'.");
        }

        if (format.Channels < 1 || format.SampleRate < 1 || format.BitsPerSample is not (8 or 16 or 24 or 32))
        {
            throw new InvalidDataException("Tệp WAV có định dạng âm thanh không hợp lệ.");
        }

        var whole = data.Length - (data.Length % format.BlockAlign);
        return new WavAudio(format, whole == data.Length ? data : data[..whole]);
    }

    /// <summary>Silence of the given length in the given format (8-bit PCM silence is 0x80, wider is 0).</summary>
    public static WavAudio Silence(WavFormat format, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(format);
        var frames = (long)Math.Round(duration.TotalSeconds * format.SampleRate);
        var data = new byte[Math.Max(0, frames) * format.BlockAlign];
        if (format.BitsPerSample == 8)
        {
            Array.Fill(data, (byte)0x80);
        }

        return new WavAudio(format, data);
    }

    /// <summary>Joins pieces of one format. Throws <see cref="InvalidDataException"/> when formats differ.</summary>
    public static WavAudio Concat(IReadOnlyList<WavAudio> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count == 0)
        {
            throw new ArgumentException("Nothing to join.", nameof(pieces));
        }

        var format = pieces[0].Format;
        if (pieces.FirstOrDefault(p => p.Format != format) is { } other)
        {
            throw new InvalidDataException($"Các đoạn âm thanh khác định dạng ({format} và {other.Format}): không ghép được.");
        }

        var data = new byte[pieces.Sum(p => (long)p.Data.Length)];
        var offset = 0;
        foreach (var piece in pieces)
        {
            piece.Data.CopyTo(data, offset);
            offset += piece.Data.Length;
        }

        return new WavAudio(format, data);
    }

    /// <summary>A canonical PCM WAV file: 44-byte header, then the samples.</summary>
    public byte[] ToBytes()
    {
        var file = new byte[44 + Data.Length];
        var span = file.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(36 + Data.Length));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)Format.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)Format.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)Format.ByteRate);
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)Format.BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], (ushort)Format.BitsPerSample);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)Data.Length);
        Data.CopyTo(span[44..]);
        return file;
    }
}
