namespace CchcPublisher.Fuzz;

/// <summary>An input a reader failed on; <see cref="Input"/> becomes a regression corpus file.</summary>
public sealed class FuzzFailureException(string target, byte[] input, string problem, Exception? inner)
    : Exception($"{target}: {problem}", inner)
{
    public string Target { get; } = target;

    public byte[] Input { get; } = input;
}
