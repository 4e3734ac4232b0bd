namespace CchcPublisher.Preview;

/// <summary>
/// Which words the speech normalizer changed in a block: a word-level longest common subsequence of the written
/// and the spoken text. Spoken words outside it are marked changed, with the written words they replaced.
/// </summary>
internal static class SpokenDiff
{
    private const int MaxWords = 2000;

    public static IReadOnlyList<SpokenWord> Compare(string written, string spoken)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(spoken);
        var a = Words(written);
        var b = Words(spoken);
        if (a.Length > MaxWords || b.Length > MaxWords)
        {
            return [.. b.Select(w => new SpokenWord(w, null))];
        }

        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = Same(a[i], b[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<SpokenWord>();
        var replaced = new List<string>();
        var inserted = new List<string>();
        void Flush()
        {
            if (inserted.Count > 0)
            {
                var written = replaced.Count > 0 ? string.Join(' ', replaced) : "(thêm)";
                result.Add(new SpokenWord(string.Join(' ', inserted), written));
            }

            replaced.Clear();
            inserted.Clear();
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && Same(a[x], b[y]))
            {
                Flush();
                result.Add(new SpokenWord(b[y], null));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                inserted.Add(b[y++]);
            }
            else
            {
                replaced.Add(a[x++]);
            }
        }

        Flush();
        return result;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Equal but for the case and punctuation the normalizer may add around a word.</summary>
    private static bool Same(string written, string spoken) =>
        string.Equals(written.Trim(Punctuation), spoken.Trim(Punctuation), StringComparison.OrdinalIgnoreCase);

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '(', ')', '“', '”'];
}
