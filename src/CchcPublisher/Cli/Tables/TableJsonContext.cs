using System.Text.Json.Serialization;

namespace CchcPublisher.Cli.Tables;

/// <summary><c>--format json</c>: one table as a list of rows, several as an object of them, described at compile time.</summary>
[JsonSerializable(typeof(List<Dictionary<string, string>>))]
[JsonSerializable(typeof(Dictionary<string, List<Dictionary<string, string>>>))]
internal sealed partial class TableJsonContext : JsonSerializerContext;
