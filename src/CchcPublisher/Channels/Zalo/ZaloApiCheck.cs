using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Zalo;

/// <summary>API mode: gets a valid access token (refreshing it if needed) and reads the OA profile (<c>GET /v2.0/oa/getoa</c>).</summary>
internal sealed class ZaloApiCheck(
    ZaloApiClient client, ZaloTokenStore tokens, IOptions<ZaloOptions> options, IOptions<CommuneOptions> commune, TimeProvider timeProvider) : IChannelCheck
{
    public string Channel => ChannelNames.Zalo;

    public async Task<ChannelCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var call = await client.SendAsync(ZaloRequests.GetOa(o), cancellationToken);
        var zone = commune.Value.GetTimeZone();
        var (health, attention) = ZaloTokenHealth.Describe(await tokens.LoadAsync(cancellationToken), timeProvider.GetUtcNow(), zone);
        switch (call.Status)
        {
            case ZaloCallStatus.Ok:
                var name = call.DataString("name") ?? "?";
                var broadcast = o.Broadcast && o.BroadcastMaxPerDay > 0
                    ? $" Gửi bài tới người quan tâm: bật, tối đa {o.BroadcastMaxPerDay} lần mỗi ngày."
                    : " Gửi bài tới người quan tâm: tắt.";
                return new ChannelCheckResult(!attention, "API", $"Kết nối được Zalo OA “{name}”; mã truy cập hợp lệ và được tự làm mới.{broadcast} {health}");
            case ZaloCallStatus.TokenUnavailable:
                return new ChannelCheckResult(false, "API", $"{call.Message ?? "Không có mã truy cập Zalo."} {health}");
            case ZaloCallStatus.Error:
                var local = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone);
                return new ChannelCheckResult(false, "API", ZaloErrors.Describe(call.ErrorCode ?? 0, call.Message, local).Explanation);
            default:
                return new ChannelCheckResult(false, "API", $"Không kết nối được Zalo OpenAPI ({o.OpenApiBaseUrl}): {call.Detail}. Kiểm tra kết nối Internet của máy chạy dịch vụ.");
        }
    }
}
