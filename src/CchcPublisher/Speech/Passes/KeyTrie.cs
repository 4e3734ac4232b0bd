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

        foreach (var first in _root.Children?.Keys ?? Enumerable.Empty<char>())
        {
            if (first < _starts.Length)
            {
                _starts[first] = true;
            }
        }
    }

    /// <summary>Whether some key starts with <paramref name="c"/> (a cheap test before a walk).</summary>
    public bool Starts(char c) => c < _starts.Length ? _starts[c] : _root.Children?.ContainsKey(c) == true;

    /// <summary>Whether a key starts with the character, for the characters below U+2000 (others: the root's children).</summary>
    private readonly bool[] _starts = new bool[0x2000];

    /// <summary>The keys that <paramref name="text"/> spells from <paramref name="start"/> on, longest first.</summary>
    public void Matches(string text, int start, List<string> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        found.Clear();
        var node = _root;
        for (var i = start; i < text.Length && node.Children is not null && node.Children.TryGetValue(text[i], out var next); i++)
        {
            node = next;
            if (node.Key is not null)
            {
                found.Add(node.Key);
            }
        }

        found.Reverse();
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public string? Key { get; set; }
    }
}
