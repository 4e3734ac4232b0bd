using CchcPublisher.Content.Text;

namespace CchcPublisher.UnitTests.Content;

public sealed class StringBuilderCacheTests
{
    [Fact]
    public void Acquire_WhileTheThreadsBuilderIsLent_GivesAnotherBuilder()
    {
        var outer = StringBuilderCache.Acquire();
        var inner = StringBuilderCache.Acquire();
        Assert.NotSame(outer, inner);
        inner.Append("trong");
        outer.Append("ngoài");
        Assert.Equal("trong", StringBuilderCache.ToStringAndRelease(inner));
        Assert.Equal("ngoài", StringBuilderCache.ToStringAndRelease(outer));
    }

    [Fact]
    public void Acquire_AfterRelease_GivesTheSameBuilderEmpty()
    {
        var first = StringBuilderCache.Acquire();
        first.Append("văn bản");
        StringBuilderCache.Release(first);
        var second = StringBuilderCache.Acquire(4096);
        Assert.Same(first, second);
        Assert.Equal(0, second.Length);
        Assert.True(second.Capacity >= 4096);
        StringBuilderCache.Release(second);
    }

    [Fact]
    public void Release_OfALargeBuilder_DoesNotKeepIt()
    {
        var large = StringBuilderCache.Acquire(100_000);
        StringBuilderCache.Release(large);
        Assert.NotSame(large, StringBuilderCache.Acquire());
    }

    [Fact]
    public void ToTrimmedStringAndRelease_RandomText_AgreesWithTrim()
    {
        var random = new Random(5);
        const string alphabet = "a b\t\n\u00A0\u2003.";
        for (var k = 0; k < 3000; k++)
        {
            var chars = new char[random.Next(0, 16)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var builder = StringBuilderCache.Acquire();
            builder.Append(text);
            Assert.Equal(text.Trim(), StringBuilderCache.ToTrimmedStringAndRelease(builder));
        }
    }
}
