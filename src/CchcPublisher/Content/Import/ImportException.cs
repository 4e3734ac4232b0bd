namespace CchcPublisher.Content.Import;

/// <summary>A document that cannot be imported; the message is Vietnamese and says what to do.</summary>
internal sealed class ImportException : Exception
{
    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
