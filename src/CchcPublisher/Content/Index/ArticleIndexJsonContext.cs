using System.Text.Json.Serialization;

namespace CchcPublisher.Content.Index;

/// <summary>The index file's content.</summary>
internal sealed record ArticleIndexDocument(int Version, string Key, IReadOnlyList<IndexedParse> Entries);

[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ArticleIndexDocument))]
internal sealed partial class ArticleIndexJsonContext : JsonSerializerContext;
