using System.Text.Json;
using System.Text.Json.Serialization;

namespace CchcPublisher.Web.Pages;

/// <summary>The console's JSON answers, described at compile time (the trimmed release build has no reflection-based serializer).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(UploadedImage))]
internal sealed partial class PagesJsonContext : JsonSerializerContext;
