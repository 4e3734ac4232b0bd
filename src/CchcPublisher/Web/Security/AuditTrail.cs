using System.Text;
using System.Text.Json;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web.Security;

/// <summary>
/// The audit trail of console actions, one JSON line per action in <c>&lt;data&gt;/audit.jsonl</c>, appended and
/// flushed before the action's answer goes back, so that a confirmed action is always on record.
/// </summary>
internal sealed class AuditTrail(IOptions<PathOptions> paths, TimeProvider time) : IDisposable
{
    public const string FileName = "audit.jsonl";

    private static readonly SecurityJsonContext Json = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
    private readonly SemaphoreSlim _write = new(1, 1);

    public void Dispose() => _write.Dispose();

    public string FilePath => Path.Combine(paths.Value.DataRoot, FileName);

    public async Task RecordAsync(string user, string role, string action, string target, bool succeeded, string? detail, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry(time.GetUtcNow(), user, role, action, target, succeeded, detail);
        var line = JsonSerializer.Serialize(entry, Json.AuditEntry) + "\n";
        await _write.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(paths.Value.DataRoot);
            await using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(line), CancellationToken.None);
            stream.Flush(flushToDisk: true);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>The latest entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var entries = new List<AuditEntry>();
        foreach (var line in await File.ReadAllLinesAsync(FilePath, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize(line, Json.AuditEntry) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                // A torn last line after a power cut: skip it, keep the rest.
            }
        }

        return [.. entries.OrderByDescending(e => e.At).Take(Math.Max(1, limit))];
    }
}
