using System.Text.Json;
using System.Text.Json.Serialization;
using CchcPublisher.Channels.Http;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// The Graph request bodies, described at compile time (the trimmed release build has no reflection-based
/// serializer); <see cref="Wire"/> has <see cref="JsonDefaults.Wire"/>'s settings.
/// </summary>
[JsonSerializable(typeof(FacebookFeedBody))]
[JsonSerializable(typeof(FacebookPhotoBody))]
internal sealed partial class FacebookJsonContext : JsonSerializerContext
{
    public static FacebookJsonContext Wire { get; } = new(new JsonSerializerOptions(JsonDefaults.Wire));
}
