namespace CchcPublisher.Ledger;

/// <summary>
/// Shares equal strings among the rows of one large read. A working set of 30,000 rows repeats each article's id,
/// title, content hash and source path once per channel, and a handful of channel, column, plan-task and category
/// values across all of them; kept as one instance each, the rows a tick holds while it plans weigh about half.
/// One instance per read: it is dropped with the read's result, so nothing grows across reads.
/// </summary>
internal sealed class RowStrings
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _lists = new(StringComparer.Ordinal);

    public RowStrings()
    {
    }

    /// <param name="known">Instances the caller already holds: a value equal to one of them is shared with it.</param>
    public RowStrings(IReadOnlyCollection<string> known)
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

    /// <summary>The comma-separated <paramref name="value"/> split once per distinct value (the arrays are only read).</summary>
    public string[] ShareList(string value)
    {
        if (!_lists.TryGetValue(value, out var list))
        {
            list = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Share)];
            _lists.Add(value, list);
        }

        return list;
    }
}
