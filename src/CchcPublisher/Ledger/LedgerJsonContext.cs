using System.Text.Json.Serialization;

namespace CchcPublisher.Ledger;

/// <summary>The JSON the ledger passes to SQLite (<c>json_each</c> id lists), described at compile time for the trimmed build.</summary>
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;
