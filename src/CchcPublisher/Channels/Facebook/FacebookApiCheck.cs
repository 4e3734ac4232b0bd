using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// API mode: reads the Page (<c>GET /{page-id}?fields=id,name</c>) and checks that the token is the Page's own
/// (<c>GET /me</c> answers with the Page id for a Page token; a user token answers with the person).
/// </summary>
internal sealed class FacebookApiCheck(FacebookGraphClient graph, IOptions<FacebookOptions> options) : IChannelCheck
{
    public string Channel => ChannelNames.Facebook;

    public async Task<ChannelCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var page = await graph.SendAsync(FacebookRequests.Page(o), cancellationToken);
        if (page.Status != GraphCallStatus.Ok)
        {
            return new ChannelCheckResult(false, "API", Explain(page, o));
        }

        var name = page.DataString("name") ?? "?";
        var me = await graph.SendAsync(FacebookRequests.Me(o), cancellationToken);
        if (me.Status != GraphCallStatus.Ok)
        {
            return new ChannelCheckResult(false, "API", Explain(me, o));
        }

        if (!string.Equals(me.DataString("id"), o.PageId, StringComparison.Ordinal))
        {
            return new ChannelCheckResult(false, "API", $"Mã truy cập đang dùng không phải mã của Trang “{name}” (có thể là mã của tài khoản cá nhân). Cần Page access token của chính Trang này. " + FacebookErrors.RenewTokenAdvice);
        }

        return new ChannelCheckResult(true, "API", $"Kết nối được Trang Facebook “{name}” ({o.PageId}); mã truy cập Trang hợp lệ. Graph API {o.GraphVersion}. Mã Trang lấy từ mã người dùng dài hạn không có ngày hết hạn cố định; Facebook thu hồi nó khi người cấp đổi mật khẩu hoặc mất quyền quản trị Trang — khi đó kênh dừng lại và báo lỗi 190 ở đây.");
    }

    private static string Explain(GraphCall call, FacebookOptions options) =>
        call.Status switch
        {
            GraphCallStatus.Error => FacebookErrors.Describe(call.Error!, options).Explanation,
            _ when call.Explanation is { } explanation => explanation,
            _ => $"Không kết nối được Facebook Graph API ({options.GraphBaseUrl}): {call.Detail}. Kiểm tra kết nối Internet của máy chạy dịch vụ.",
        };
}
