namespace CchcPublisher.Cli.Tables;

/// <summary>A table a command prints; <see cref="TableOutput"/> renders it as a console table, TSV or JSON.</summary>
internal sealed class CliTable(string title, params string[] columns)
{
    public string Title { get; } = title;

    public IReadOnlyList<string> Columns { get; } = columns;

    public List<IReadOnlyList<CliCell>> Rows { get; } = [];

    public CliTable Add(params CliCell[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        Rows.Add(cells);
        return this;
    }
}
