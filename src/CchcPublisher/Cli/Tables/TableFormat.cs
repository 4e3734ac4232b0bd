namespace CchcPublisher.Cli.Tables;

/// <summary>How a command prints its tables: for people (<see cref="Table"/>) or for scripts (TSV, JSON).</summary>
internal enum TableFormat
{
    Table,

    Tsv,

    Json,
}
