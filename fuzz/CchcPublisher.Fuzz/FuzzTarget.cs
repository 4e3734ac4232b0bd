namespace CchcPublisher.Fuzz;

/// <summary>
/// One reader of user input under fuzzing: its name, the sample files it starts from, and a call that must return
/// (with diagnostics) for any bytes. <see cref="Run"/> throws <see cref="FuzzFailureException"/> when the reader lets an
/// exception escape or says something in English.
/// </summary>
public sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Func<byte[], IEnumerable<string>> Read)
{
    private static readonly string[] EnglishMarkers = ["Exception", "   at ", "Operation is not valid", "While scanning", "did not find expected"];

    public void Run(byte[] input)
    {
        IReadOnlyList<string> messages;
        try
        {
            messages = Read(input).ToList();
        }
        catch (Exception ex)
        {
            throw new FuzzFailureException(Name, input, $"{ex.GetType().Name}: {ex.Message}", ex);
        }

        foreach (var message in messages)
        {
            if (EnglishMarkers.FirstOrDefault(m => message.Contains(m, StringComparison.Ordinal)) is { } marker)
            {
                throw new FuzzFailureException(Name, input, $"English text \"{marker}\" in a message: {message}", null);
            }
        }
    }
}
