namespace CchcPublisher.Common;

/// <summary>
/// Shares equal strings and string lists among the records of one large read, kept as one instance each. A ledger
/// working set of 30,000 rows repeats each article's id, title, content hash and source path once per channel, and a
/// handful of channel, column, plan-task and category values across all of them; a content index of 10,000 entries
/// repeats a few channel and category lists, authors and plan tasks. One instance per read: it is dropped with the
/// read's result, so nothing grows across reads. Shared arrays are only read.
/// </summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _splitLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string[], string[]> _lists = new(ListComparer.Instance);

    public SharedStrings()
    {
    }

    /// <param name="known">Instances the caller already holds: a value equal to one of them is shared with it.</param>
    public SharedStrings(IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        // Sized once: a table grown by doubling to 40,000 entries leaves its smaller copies on the large object heap.
        _strings.EnsureCapacity(known.Count);
        foreach (var value in known)
        {
            _strings.TryAdd(value, value);
        }
    }

    /// <summary>The instance of <paramref name="value"/> seen first in this read.</summary>
    public string Share(string value)
    {
        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _strings.Add(value, value);
        return value;
    }

    /// <summary>The first list seen in this read with the same values in the same order; a new one is kept with shared values.</summary>
    public string[] Share(string[] values)
    {
        if (_lists.TryGetValue(values, out var shared))
        {
            return shared;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Share(values[i]);
        }

        _lists.Add(values, values);
        return values;
    }

    /// <summary>The comma-separated <paramref name="value"/> split once per distinct value (the arrays are only read).</summary>
    public string[] ShareList(string value)
    {
        if (!_splitLists.TryGetValue(value, out var list))
        {
            list = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Share)];
            _splitLists.Add(value, list);
        }

        return list;
    }

    private sealed class ListComparer : IEqualityComparer<string[]>
    {
        public static ListComparer Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(string[] obj)
        {
            var hash = new HashCode();
            hash.Add(obj.Length);
            foreach (var value in obj)
            {
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
