using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using CchcPublisher.Channels.Http;
using CchcPublisher.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestSharp;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// The OA access token, refreshed (OAuth v4, <c>POST /v4/oa/access_token</c> with <c>grant_type=refresh_token</c>
/// and the <c>secret_key</c> header) before it expires. Zalo refresh tokens are single-use, so:
/// <list type="bullet">
/// <item>one refresh at a time: a <see cref="SemaphoreSlim"/> in the process and a lock file across processes;
/// under the lock the stored state is read again, so a refresh done by another process is picked up;</item>
/// <item>the new pair is persisted atomically before the access token is handed out; if saving fails, the pair is
/// kept in memory, nothing is handed out, and saving is retried first on the next call;</item>
/// <item>tokens never appear in logs, exceptions or <c>ToString()</c>.</item>
/// </list>
/// </summary>
internal sealed class ZaloTokenProvider(
    IHttpClientFactory httpClientFactory,
    ZaloTokenStore store,
    IOptions<ZaloOptions> options,
    TimeProvider timeProvider,
    ILogger<ZaloTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = ZaloApiClient.HttpClientName;

    private static readonly TimeSpan AssumedLifetime = TimeSpan.FromHours(1);

    /// <summary>Zalo's answer to a refresh token that is used, expired or revoked.</summary>
    private const int RefusedRefreshToken = -14014;

    private const string RefusedMessage =
        "Kênh Zalo đã dừng: Zalo từ chối refresh token (mã -14014: đã dùng, hết hạn hoặc bị thu hồi), nên hệ thống không gửi " +
        "thêm bài nào lên Zalo và không thử lại mã này. " + ZaloErrors.ReauthorizeAdvice;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ZaloTokenState? _state;
    private ZaloTokenState? _unsaved;

    /// <summary>When the current refresh token was obtained, if known (for the channel check).</summary>
    public DateTimeOffset? RefreshedAt => _state?.RefreshedAt;

    /// <summary>
    /// A valid access token. <paramref name="rejectedToken"/>: a token Zalo just refused (-216/-220); it is not
    /// returned again, a refresh is forced instead (unless another caller already replaced it).
    /// </summary>
    public async Task<ZaloTokenResult> GetAccessTokenAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        if (Usable(_state, rejectedToken) is { } cached)
        {
            return ZaloTokenResult.From(cached);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_unsaved is not null && !await TrySaveAsync(_unsaved))
            {
                return ZaloTokenResult.Fail(SaveFailed);
            }

            try
            {
                return await GetUnderLockAsync(rejectedToken, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.ZaloTokenStoreUnavailable(store.FolderPath, ex.GetType().Name);
                return ZaloTokenResult.Fail($"Không đọc hoặc ghi được thư mục lưu mã truy cập Zalo {store.FolderPath} ({ex.Message}). Kiểm tra quyền của tài khoản chạy dịch vụ trên thư mục dữ liệu.", TimeSpan.FromMinutes(10));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ZaloTokenResult> GetUnderLockAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        using var fileLock = await AcquireFileLockAsync(cancellationToken);
        if (fileLock is null)
        {
            return ZaloTokenResult.Fail("Một tiến trình khác đang làm mới mã truy cập Zalo quá lâu; hệ thống sẽ thử lại sau.", TimeSpan.FromMinutes(5));
        }

        ZaloTokenState? state;
        try
        {
            state = await CurrentStateAsync(cancellationToken);
        }
        catch (InvalidDataException damaged)
        {
            return ZaloTokenResult.Fail(damaged.Message);
        }

        _state = state;
        if (state is null)
        {
            return ZaloTokenResult.Fail("Chưa có refresh token của Zalo OA. " + ZaloErrors.ReauthorizeAdvice);
        }

        if (Usable(state, rejectedToken) is { } token)
        {
            return ZaloTokenResult.From(token);
        }

        if (state.RefusedAt is not null)
        {
            // The channel stays stopped until the admin authorises again: no call with a token Zalo refused.
            return ZaloTokenResult.Fail(RefusedMessage);
        }

        return await RefreshAsync(state);
    }

    public void Dispose() => _gate.Dispose();

    private string? Usable(ZaloTokenState? state, string? rejectedToken) =>
        state is { AccessToken: { } token, AccessTokenExpiresAt: { } expiresAt }
        && !string.Equals(token, rejectedToken, StringComparison.Ordinal)
        && expiresAt - timeProvider.GetUtcNow() > options.Value.TokenRefreshAhead
            ? token
            : null;

    /// <summary>The stored chain, unless the configured refresh token is a new one (the admin authorised again).</summary>
    private async Task<ZaloTokenState?> CurrentStateAsync(CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(cancellationToken);
        var seed = options.Value.RefreshToken;
        if (string.IsNullOrWhiteSpace(seed))
        {
            return stored;
        }

        var seedHash = Sha256(seed);
        if (stored is not null && string.Equals(stored.SeedSha256, seedHash, StringComparison.Ordinal))
        {
            return stored;
        }

        if (stored is not null)
        {
            logger.ZaloNewSeedToken();
        }

        return new ZaloTokenState(seed.Trim(), null, null, null, seedHash);
    }

    private async Task<ZaloTokenResult> RefreshAsync(ZaloTokenState state)
    {
        var o = options.Value;
        var request = new RestRequest(ZaloRequests.Url(o.OAuthBaseUrl, "v4/oa/access_token"), Method.Post);
        request.AddHeader("secret_key", o.AppSecret ?? string.Empty);
        request.AddParameter("refresh_token", state.RefreshToken, ParameterType.GetOrPost);
        request.AddParameter("app_id", o.AppId ?? string.Empty, ParameterType.GetOrPost);
        request.AddParameter("grant_type", "refresh_token", ParameterType.GetOrPost);
        // Not cancellable: once Zalo has rotated the token, the answer must be read and saved even during a
        // shutdown, or the commune is locked out. The call is bounded by the resilience timeouts.
        var response = await ApiSender.ExecuteAsync(httpClientFactory, HttpClientName, request, CancellationToken.None);
        switch (response.Delivery)
        {
            case Delivery.NotSent:
                logger.ZaloTokenRefreshNotSent(response.Detail);
                return ZaloTokenResult.Fail("Không kết nối được máy chủ xác thực của Zalo để làm mới mã truy cập; hệ thống sẽ thử lại sau.", response.RetryAfter ?? TimeSpan.FromMinutes(5));
            case Delivery.Unknown:
                logger.ZaloTokenRefreshUnknown(response.Detail);
                return ZaloTokenResult.Fail("Không nhận được trả lời khi làm mới mã truy cập Zalo; hệ thống sẽ thử lại sau. Nếu sau đó Zalo báo refresh token không hợp lệ, " + Lower(ZaloErrors.ReauthorizeAdvice), TimeSpan.FromMinutes(10));
            default:
                break;
        }

        var body = Parse(response.Content);
        if (body is not { AccessToken.Length: > 0, RefreshToken.Length: > 0 })
        {
            var code = body?.Error;
            logger.ZaloTokenRefreshRejected(code, (int?)response.StatusCode, body?.ErrorName);
            if (response.IsServerError || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return ZaloTokenResult.Fail($"Máy chủ xác thực của Zalo đang lỗi (HTTP {(int?)response.StatusCode}); hệ thống sẽ thử lại sau.", TimeSpan.FromMinutes(10));
            }

            if (code == RefusedRefreshToken)
            {
                var refused = state with { AccessToken = null, AccessTokenExpiresAt = null, RefusedAt = timeProvider.GetUtcNow() };
                return await TrySaveAsync(refused) ? ZaloTokenResult.Fail(RefusedMessage) : ZaloTokenResult.Fail(SaveFailed);
            }

            var reason = code is { } c ? $" [Zalo OAuth {c}{(body?.ErrorName is { Length: > 0 } n ? ": " + n : string.Empty)}]" : $" [HTTP {(int?)response.StatusCode}, không đọc được trả lời]";
            return ZaloTokenResult.Fail("Zalo từ chối làm mới mã truy cập: refresh token đã dùng, hết hạn hoặc bị thu hồi, hoặc App ID/Secret Key sai. " + ZaloErrors.ReauthorizeAdvice + reason);
        }

        var now = timeProvider.GetUtcNow();
        var lifetime = body.ExpiresIn is > 0 ? TimeSpan.FromSeconds(body.ExpiresIn.Value) : AssumedLifetime;
        var next = new ZaloTokenState(body.RefreshToken!, body.AccessToken!, now + lifetime, now, state.SeedSha256);
        _unsaved = next;
        if (!await TrySaveAsync(next))
        {
            return ZaloTokenResult.Fail(SaveFailed);
        }

        logger.ZaloTokenRefreshed(now + lifetime);
        return ZaloTokenResult.From(next.AccessToken!);
    }

    private async Task<bool> TrySaveAsync(ZaloTokenState state)
    {
        try
        {
            await store.SaveAsync(state);
            _state = state;
            _unsaved = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.ZaloTokenSaveFailed(store.FilePath, ex.GetType().Name);
            return false;
        }
    }

    private string SaveFailed =>
        $"Không lưu được mã truy cập Zalo mới vào {store.FilePath} (kiểm tra quyền ghi và dung lượng ổ đĩa). Mã mới đang được giữ trong bộ nhớ; không đăng bài cho tới khi lưu được, và không tắt dịch vụ.";

    private async Task<FileStream?> AcquireFileLockAsync(CancellationToken cancellationToken)
    {
        AtomicFile.CreateFolder(store.FolderPath, ownerOnly: true);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                return new FileStream(store.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }

        return null;
    }

    private static ZaloTokenResponse? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, ZaloJsonContext.Wire.ZaloTokenResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Sha256(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value.Trim())));

    private static string Lower(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence[1..];
}
