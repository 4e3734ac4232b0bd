using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CchcPublisher.Ledger;

/// <summary>
/// An id list as one JSON array, for SQLite's <c>json_each</c>. Written with <see cref="Utf8JsonWriter"/>, not the
/// serializer: a publishing run then needs none of the serializer's metadata, whose generic code a scheduler tick
/// would otherwise compile (a worker without ready-to-run code keeps it for its lifetime).
/// </summary>
internal static class JsonIdList
{
    public static string Write(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var id in ids)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
