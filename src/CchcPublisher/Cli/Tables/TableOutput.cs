using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace CchcPublisher.Cli.Tables;

/// <summary>
/// The one <c>--format table|tsv|json</c> option and renderer shared by every command that prints tables. In TSV
/// and JSON only the tables are printed (commands skip their prose lines; see <see cref="IsForPeople"/>).
/// </summary>
internal static class TableOutput
{
    private static readonly TableJsonContext Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Vietnamese stays readable; output is not HTML.
    });

    public static Option<string> CreateOption() => new("--format")
    {
        Description = "Cách in bảng: table (mặc định, cho người đọc), tsv hoặc json (cho chương trình khác)",
        DefaultValueFactory = _ => "table",
    };

    public static TableFormat Parse(ParseResult parseResult, Option<string> option)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var text = parseResult.GetValue(option) ?? "table";
        return text.Trim().ToLowerInvariant() switch
        {
            "table" or "bang" => TableFormat.Table,
            "tsv" => TableFormat.Tsv,
            "json" => TableFormat.Json,
            _ => throw new CliException($"--format \"{text}\" không hợp lệ: dùng table, tsv hoặc json."),
        };
    }

    public static bool IsForPeople(this TableFormat format) => format == TableFormat.Table;

    public static void Write(CliContext context, TableFormat format, params CliTable[] tables)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tables);
        switch (format)
        {
            case TableFormat.Tsv:
                WriteTsv(context.Out, tables);
                break;
            case TableFormat.Json:
                context.Out.WriteLine(ToJson(tables));
                break;
            default:
                foreach (var table in tables)
                {
                    context.Console.Write(ToSpectre(table));
                }

                break;
        }
    }

    private static Table ToSpectre(CliTable source)
    {
        var table = new Table().Title(Markup.Escape(source.Title));
        foreach (var column in source.Columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        foreach (var row in source.Rows)
        {
            table.AddRow(row.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c.Text, c.Colour is null ? Style.Plain : Style.Parse(c.Colour))));
        }

        return table;
    }

    private static void WriteTsv(TextWriter output, CliTable[] tables)
    {
        for (var i = 0; i < tables.Length; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }

            output.WriteLine(string.Join('\t', tables[i].Columns.Select(Field)));
            foreach (var row in tables[i].Rows)
            {
                output.WriteLine(string.Join('\t', row.Select(c => Field(c.Text))));
            }
        }
    }

    private static string Field(string text) => text.Replace('\t', ' ').Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static string ToJson(CliTable[] tables)
    {
        static List<Dictionary<string, string>> Rows(CliTable table) =>
            [.. table.Rows.Select(row => table.Columns.Zip(row).ToDictionary(p => p.First, p => p.Second.Text, StringComparer.Ordinal))];

        return tables.Length == 1
            ? JsonSerializer.Serialize(Rows(tables[0]), Json.ListDictionaryStringString)
            : JsonSerializer.Serialize(tables.ToDictionary(t => t.Title, Rows, StringComparer.Ordinal), Json.DictionaryStringListDictionaryStringString);
    }
}
