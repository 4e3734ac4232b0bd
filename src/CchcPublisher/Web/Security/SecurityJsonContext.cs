using System.Text.Json.Serialization;

namespace CchcPublisher.Web.Security;

/// <summary>
/// The console's users file and audit lines, described at compile time (the trimmed release build has no
/// reflection-based serializer). Each store makes an instance with its own settings.
/// </summary>
[JsonSerializable(typeof(List<ConsoleUser>))]
[JsonSerializable(typeof(AuditEntry))]
internal sealed partial class SecurityJsonContext : JsonSerializerContext;
