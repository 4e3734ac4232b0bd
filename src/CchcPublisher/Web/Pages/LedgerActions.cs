using CchcPublisher.Channels;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Ledger;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Http;

namespace CchcPublisher.Web.Pages;

/// <summary>The buttons a ledger row offers (by state and by the user's role), used by the overview and the ledger page.</summary>
internal static class LedgerActions
{
    /// <param name="pasteLink">Offer the paste-ready text page for a manual post (not on that page itself).</param>
    public static HtmlText For(HttpContext context, LedgerEntry entry, bool pasteLink = true)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Channel is RadioLedgerChannels.Program)
        {
            return entry.State == PublicationState.AwaitingManual && ConsolePage.Can(context, ConsoleRoles.BroadcastRoles)
                ? HtmlBuilder.Of($"<a class=\"nut-phu\" href=\"/dai-truyen-thanh\">Xác nhận đã phát</a>")
                : HtmlText.Empty;
        }

        if (!ConsolePage.Can(context, ConsoleRoles.EditRoles) || entry.Channel == RadioLedgerChannels.Broadcast)
        {
            return HtmlText.Empty;
        }

        var keys = HtmlBuilder.Of($"{ConsolePage.Hidden("bai", entry.ArticleId)}{ConsolePage.Hidden("kenh", entry.Channel)}");
        var withdraw = entry.State is PublicationState.Published or PublicationState.AwaitingManual
            ? ConsolePage.Form(
                context,
                "/so-theo-doi/go-bai",
                HtmlBuilder.Of($"{keys}<label class=\"xac-nhan-go\"><input type=\"checkbox\" name=\"chac-chan\" value=\"co\" required> Gỡ khỏi {ChannelNames.Label(entry.Channel)}</label>"),
                "Gỡ bài",
                "nut-phu")
            : HtmlText.Empty;
        return entry.State switch
        {
            PublicationState.Published => withdraw,
            PublicationState.Failed => ConsolePage.Form(context, "/so-theo-doi/dang-lai", keys, "Đăng lại ngay"),
            PublicationState.Unknown or PublicationState.Publishing => ConsolePage.Form(context, "/so-theo-doi/doi-chieu", keys, "Kiểm tra trên kênh"),
            PublicationState.AwaitingManual when entry.Channel != ChannelNames.Radio => ConsolePage.Form(
                context,
                "/so-theo-doi/xac-nhan",
                HtmlBuilder.Of($"{keys}<label class=\"an-nhan\" for=\"lk-{Id(entry)}\">Địa chỉ bài đã đăng</label><input id=\"lk-{Id(entry)}\" name=\"lien-ket\" type=\"url\" required placeholder=\"https://…\">"),
                "Xác nhận đã đăng") is var confirm
                ? new HtmlText((pasteLink ? HtmlBuilder.Of($"<a class=\"nut-phu\" href=\"{PasteReadyPage.Link(entry.ArticleId)}\">Văn bản để dán</a> ").Value : string.Empty) + confirm.Value + withdraw.Value)
                : withdraw,
            _ => HtmlText.Empty,
        };
    }

    private static string Id(LedgerEntry entry) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(entry.ArticleId + "|" + entry.Channel)))[..12];
}
