using System.Text.Json;
using System.Text.Json.Serialization;

namespace CchcPublisher.Channels.Http;

/// <summary>
/// The outbox file, described at compile time (the trimmed release build has no reflection-based serializer);
/// <see cref="Files"/> has <see cref="JsonDefaults.File"/>'s settings.
/// </summary>
[JsonSerializable(typeof(OutboxFile))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext
{
    public static OutboxJsonContext Files { get; } = new(new JsonSerializerOptions(JsonDefaults.File));
}
