using System.Text;

namespace CchcPublisher.Fuzz;

/// <summary>
/// A small structure-aware mutator: byte flips, deletions, duplications and splices, plus insertions of the tokens
/// that break YAML, Markdown and JSON readers (unclosed brackets, tabs, front-matter fences, deep nesting, invalid
/// UTF-8, BOMs). Deterministic for a given seed, so a failure is reproducible from its iteration number.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "[", "]", "{", "}", ":", ": ", "\t", "\n", "\r\n", "---\n", "- ", "> ", "\"", "'", "&a ", "*a", "!!str ", "|\n",
            ">\n", "#", "?", ",", "%YAML 1.2\n", "\\", "`", "<", "~", "1e999", "-0", "2026-02-30", "25:61", "\u0000", "\u00A0",
            "ệ", "\u0301", new string('>', 200), new string('[', 60), string.Concat(Enumerable.Repeat("- ", 40)),
            "title: [x\nk: v\n", "{a: [b, {c: d\n",
        }.Select(Encoding.UTF8.GetBytes),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xE2, 0x82], [0x80], [0xB8, 0xB5, 0xAB],
    ];

    private readonly Random random = new(seed);

    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> corpus)
    {
        var data = new List<byte>(input);
        var steps = 1 + random.Next(4);
        for (var step = 0; step < steps; step++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
            switch (random.Next(7))
            {
                case 0 when data.Count > 0:
                    var flip = Math.Min(at, data.Count - 1);
                    data[flip] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    var start = Math.Min(at, data.Count - 1);
                    data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(16)));
                    break;
                case 2 when data.Count > 0:
                    var from = random.Next(data.Count);
                    var length = Math.Min(data.Count - from, 1 + random.Next(64));
                    data.InsertRange(at, data.GetRange(from, length));
                    break;
                case 3 when corpus.Count > 0:
                    var other = corpus[random.Next(corpus.Count)];
                    if (other.Length > 0)
                    {
                        var otherFrom = random.Next(other.Length);
                        data.InsertRange(at, other.AsSpan(otherFrom, Math.Min(other.Length - otherFrom, 1 + random.Next(128))).ToArray());
                    }

                    break;
                case 4 when data.Count > 0:
                    data.RemoveRange(at == data.Count ? at - 1 : at, 1);
                    break;
                default:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }

        return [.. data];
    }
}
