namespace CchcPublisher.Speech.Passes;

/// <summary>
/// The lexicon's written forms as a character trie, so that the abbreviations of a text are found in one scan:
/// from each position the walk follows the text for at most the longest key, and lists the keys that end there.
/// Each key is an entry, an index into <see cref="Keys"/> and <see cref="Values"/>, so that a match is found without
/// allocating.
/// </summary>
internal sealed class KeyTrie
{
    private readonly Node _root = new();

    /// <summary>The root's children by character below U+2000 (an array load instead of a dictionary look-up; others: the root).</summary>
    private readonly Node?[] _first = new Node?[0x2000];

    public KeyTrie(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new List<string>();
        var values = new List<string>();
        foreach (var (key, value) in entries)
        {
            var node = _root;
            foreach (var c in key)
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var child))
                {
                    child = new Node();
                    node.Children[c] = child;
                }

                node = child;
            }

            if (node.Entry < 0)
            {
                node.Entry = keys.Count;
                keys.Add(key);
                values.Add(value);
            }
            else
            {
                keys[node.Entry] = key;
                values[node.Entry] = value;
            }
        }

        Keys = [.. keys];
        Values = [.. values];
        foreach (var (first, child) in _root.Children ?? [])
        {
            if (first < _first.Length)
            {
                _first[first] = child;
            }
        }
    }

    /// <summary>The written form of each entry.</summary>
    public string[] Keys { get; }

    /// <summary>The value given with each entry's key.</summary>
    public string[] Values { get; }

    /// <summary>Whether some key starts with <paramref name="c"/> (a cheap test before a walk).</summary>
    public bool Starts(char c) => First(c) is not null;

    /// <summary>
    /// The entry of the longest key that <paramref name="text"/> spells from <paramref name="start"/> on with at most
    /// <paramref name="maxLength"/> characters, or -1. Called again with one less than the length found, it lists the keys
    /// written there longest first without a list.
    /// </summary>
    public int Longest(string text, int start, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start >= text.Length || maxLength < 1 || First(text[start]) is not { } node)
        {
            return -1;
        }

        var found = node.Entry;
        var end = start + Math.Min(maxLength, text.Length - start);
        for (var i = start + 1; i < end && node.Children is not null && node.Children.TryGetValue(text[i], out var next); i++)
        {
            node = next;
            found = node.Entry >= 0 ? node.Entry : found;
        }

        return found;
    }

    private Node? First(char c) =>
        c < _first.Length ? _first[c] : _root.Children is not null && _root.Children.TryGetValue(c, out var child) ? child : null;

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        /// <summary>The entry whose key ends here, or -1.</summary>
        public int Entry { get; set; } = -1;
    }
}
