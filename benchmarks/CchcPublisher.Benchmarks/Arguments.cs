using System.Globalization;

namespace CchcPublisher.Benchmarks;

/// <summary>The few <c>--name value</c> options of the helper modes (BenchmarkDotNet parses its own).</summary>
internal sealed class Arguments(string[] args)
{
    public string? Text(string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public int? Int(string name) =>
        Text(name) is { } text ? int.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    /// <summary>Every value of an option given several times.</summary>
    public IReadOnlyList<string> All(string name) =>
        [.. args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Length).Select(p => args[p.i + 1])];

    public bool Flag(string name) => args.Contains(name, StringComparer.Ordinal);
}
