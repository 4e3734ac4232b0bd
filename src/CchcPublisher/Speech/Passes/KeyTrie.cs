namespace CchcPublisher.Speech.Passes;

/// <summary>
/// The lexicon's written forms as a character trie, so that the abbreviations of a text are found in one scan:
/// from each position the walk follows the text for at most the longest key, and lists the keys that end there.
/// </summary>
internal sealed class KeyTrie
{
    private readonly Node _root = new();

    public KeyTrie(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
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

            node.Key = key;
        }

        foreach (var (first, child) in _root.Children ?? [])
        {
            if (first < _first.Length)
            {
                _first[first] = child;
            }
        }
    }

    /// <summary>Whether some key starts with <paramref name="c"/> (a cheap test before a walk).</summary>
    public bool Starts(char c) => First(c) is not null;

    /// <summary>The root's children by character below U+2000 (an array load instead of a dictionary look-up; others: the root).</summary>
    private readonly Node?[] _first = new Node?[0x2000];

    /// <summary>The keys that <paramref name="text"/> spells from <paramref name="start"/> on, longest first.</summary>
    public void Matches(string text, int start, List<string> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        found.Clear();
        if (start >= text.Length || First(text[start]) is not { } node)
        {
            return;
        }

        if (node.Key is not null)
        {
            found.Add(node.Key);
        }

        for (var i = start + 1; i < text.Length && node.Children is not null && node.Children.TryGetValue(text[i], out var next); i++)
        {
            node = next;
            if (node.Key is not null)
            {
                found.Add(node.Key);
            }
        }

        found.Reverse();
    }

    private Node? First(char c) =>
        c < _first.Length ? _first[c] : _root.Children is not null && _root.Children.TryGetValue(c, out var child) ? child : null;

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public string? Key { get; set; }
    }
}
