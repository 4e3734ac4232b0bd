using Microsoft.Extensions.Options;
using RestSharp;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// WordPress mode's <c>channels check</c>: the site answers on its REST API, the Application Password is
/// accepted (<c>GET /wp/v2/users/me?context=edit</c>) and the user may publish, upload and (if configured)
/// create categories. Publishes nothing.
/// </summary>
internal sealed class WordPressCheck(WordPressApi api, IOptions<WebsiteOptions> options) : IChannelCheck
{
    private const string Mode = "WordPress REST";

    public string Channel => ChannelNames.Website;

    public async Task<ChannelCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.WordPress;
        var baseUrl = api.BaseUrl.AbsoluteUri;
        var me = await api.SendAsync(Method.Get, "/wp/v2/users/me", WordPressJsonContext.Default.WpUser,
            r => r.AddQueryParameter("context", "edit"), cancellationToken);
        if (!me.IsOk)
        {
            return new ChannelCheckResult(false, Mode, WordPressMessages.Describe(me.Failure, baseUrl, settings.User));
        }

        var needed = new List<(string Capability, string Meaning)>
        {
            ("publish_posts", "đăng bài"),
            ("upload_files", "tải ảnh bìa"),
        };
        if (settings.CreateMissingCategories)
        {
            needed.Add(("manage_categories", "tạo chuyên mục"));
        }

        var capabilities = me.Value.Capabilities ?? new Dictionary<string, bool>();
        var missing = needed.Where(n => !capabilities.TryGetValue(n.Capability, out var has) || !has).ToList();
        var who = me.Value.Name ?? settings.User;
        if (missing.Count > 0)
        {
            return new ChannelCheckResult(false, Mode,
                $"Đăng nhập WordPress {baseUrl} được với tài khoản '{who}', nhưng tài khoản không có quyền " +
                $"{string.Join(", ", missing.Select(m => $"{m.Meaning} ({m.Capability})"))}. Hãy đổi vai trò thành Biên tập viên (Editor) " +
                "hoặc Quản trị viên" + (settings.CreateMissingCategories ? ", hoặc tắt CreateMissingCategories và tự tạo chuyên mục." : "."));
        }

        return new ChannelCheckResult(true, Mode, $"Đăng nhập WordPress {baseUrl} được với tài khoản '{who}'; đủ quyền đăng bài.");
    }
}
