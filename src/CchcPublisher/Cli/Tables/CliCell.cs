namespace CchcPublisher.Cli.Tables;

/// <summary>One table cell: plain text (never markup, so <c>Channels:Radio:Tts</c> stays as written) and an optional colour.</summary>
internal readonly record struct CliCell(string Text, string? Colour = null)
{
    public static implicit operator CliCell(string? text) => new(text ?? string.Empty);

    public static CliCell FromString(string? text) => text;
}
