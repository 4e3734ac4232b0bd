using System.Buffers;

namespace CchcPublisher.Speech.Markdown;

/// <summary>
/// The text blocks of an article body as <see cref="MarkdownSpeechRenderer"/> writes them, all in one pooled buffer,
/// so that no block is made into a string of its own before the normalizer reads it. <see cref="Dispose"/> gives the
/// buffer back; a block read after that is garbage.
/// </summary>
internal sealed class SpeechBlocks : IDisposable
{
    private char[] _chars;
    private int _length;

    public SpeechBlocks(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 256));
    }

    /// <summary>Where each block is in the buffer, in reading order.</summary>
    internal List<(int Start, int Length)> Ranges { get; } = [];

    public int Count => Ranges.Count;

    /// <summary>The text of block <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var (start, length) = Ranges[index];
            return _chars.AsSpan(start, length);
        }
    }

    /// <summary>How many characters are written.</summary>
    internal int Length => _length;

    /// <summary>The written characters from <paramref name="start"/> on, to read or to change in place.</summary>
    internal Span<char> From(int start) => _chars.AsSpan(start, _length - start);

    /// <summary>The written characters of a range.</summary>
    internal ReadOnlySpan<char> Of((int Start, int Length) range) => _chars.AsSpan(range.Start, range.Length);

    /// <summary>Forgets what was written from <paramref name="length"/> on.</summary>
    internal void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _length);
        _length = length;
    }

    internal void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    internal void Append(ReadOnlySpan<char> text)
    {
        if (_chars.Length - _length < text.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Dispose()
    {
        var chars = _chars;
        _chars = [];
        _length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Grow(int more)
    {
        var grown = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars.AsSpan(0, _length).CopyTo(grown);
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = grown;
    }
}
