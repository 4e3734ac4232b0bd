using System.Text.Json;
using System.Text.Json.Serialization;
using CchcPublisher.Channels.Http;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// The JSON the Zalo channel writes and reads, described at compile time: the trimmed release build has no
/// reflection-based serializer. <see cref="Wire"/> has <see cref="JsonDefaults.Wire"/>'s settings (request bodies,
/// token answers, the token file), <see cref="Files"/> <see cref="JsonDefaults.File"/>'s (the broadcast record).
/// </summary>
[JsonSerializable(typeof(ZaloArticleBody))]
[JsonSerializable(typeof(ZaloTokenBody))]
[JsonSerializable(typeof(ZaloIdBody))]
[JsonSerializable(typeof(ZaloBroadcastBody))]
[JsonSerializable(typeof(ZaloTokenState))]
[JsonSerializable(typeof(ZaloTokenResponse))]
[JsonSerializable(typeof(List<ZaloBroadcastRecord>))]
internal sealed partial class ZaloJsonContext : JsonSerializerContext
{
    public static ZaloJsonContext Wire { get; } = new(new JsonSerializerOptions(JsonDefaults.Wire));

    public static ZaloJsonContext Files { get; } = new(new JsonSerializerOptions(JsonDefaults.File));
}
