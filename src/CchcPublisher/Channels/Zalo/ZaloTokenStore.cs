using System.Text.Json;
using CchcPublisher.Channels.Http;
using CchcPublisher.Common;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Persists <see cref="ZaloTokenState"/> atomically (temp file, flush to disk, move) under
/// <c>&lt;Paths:Data&gt;/secrets/</c>, owner-only on Unix (folder 0700, file 0600).
/// </summary>
internal sealed class ZaloTokenStore(IOptions<PathOptions> paths)
{
    public string FolderPath => Path.Combine(paths.Value.DataRoot, "secrets");

    public string FilePath => Path.Combine(FolderPath, "zalo-oa-token.json");

    /// <summary>A lock file that serialises refreshes across processes (the service and a CLI run).</summary>
    public string LockPath => Path.Combine(FolderPath, "zalo-oa-token.lock");

    /// <summary>The stored state, or <c>null</c> when there is none. A damaged file is an error, never silently replaced.</summary>
    public async Task<ZaloTokenState?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        var json = await File.ReadAllTextAsync(FilePath, cancellationToken);
        try
        {
            var state = JsonSerializer.Deserialize(json, ZaloJsonContext.Wire.ZaloTokenState);
            return state is { RefreshToken.Length: > 0 } ? state : throw new InvalidDataException(Damaged);
        }
        catch (JsonException)
        {
            throw new InvalidDataException(Damaged);
        }
    }

    /// <summary>Writes the state; always completes once started (a rotated refresh token must not be lost).</summary>
    public Task SaveAsync(ZaloTokenState state) =>
        AtomicFile.WriteAllTextAsync(FilePath, JsonSerializer.Serialize(state, ZaloJsonContext.Wire.ZaloTokenState), ownerOnly: true, CancellationToken.None);

    private string Damaged => $"Tệp lưu mã truy cập Zalo {FilePath} bị hỏng. Hãy xóa tệp này và đặt refresh token mới (CCHC__Channels__Zalo__RefreshToken).";
}
