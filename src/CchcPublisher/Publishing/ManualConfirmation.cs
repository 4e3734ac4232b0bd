using CchcPublisher.Channels;
using CchcPublisher.Ledger;

namespace CchcPublisher.Publishing;

/// <summary>
/// <c>confirm --article ID --channel C --url … [--at …]</c>: an official posted an outbox item by hand (or read a
/// radio script live) and records where and when it went out. Only then does the entry get a publication
/// instant and count in plan status and reports. Correcting the link or time of a confirmed entry is allowed;
/// confirming something the tool never prepared is not (record it with <c>record</c> instead).
/// </summary>
internal sealed class ManualConfirmation(ILedger ledger, TimeProvider time)
{
    public async Task<ConfirmationResult> ConfirmAsync(
        string articleId, string channel, string url, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https"))
        {
            return ConfirmationResult.Refused($"--url '{url}' không phải địa chỉ http(s) đầy đủ của bài đã đăng, ví dụ https://zalo.me/… hoặc https://www.facebook.com/…/posts/….");
        }

        if (channel is ChannelNames.Radio or "radio-program" or "radio-broadcast")
        {
            return ConfirmationResult.Refused(
                "Loa truyền thanh được xác nhận theo buổi phát: radio confirm --date … --slot … [--items …]; tin đọc trực tiếp ngoài chương trình thì ghi bằng record --form radio.");
        }

        var now = time.GetUtcNow();
        if (at is { } when && when > now)
        {
            return ConfirmationResult.Refused($"--at {when:yyyy-MM-dd HH:mm} ở tương lai: chỉ xác nhận bài đã thực sự đăng.");
        }

        var entry = await ledger.FindAsync(articleId, channel, cancellationToken);
        if (entry is null)
        {
            return ConfirmationResult.Refused(
                $"Sổ ghi không có bài '{articleId}' trên kênh {ChannelNames.Label(channel)}. Bài đăng ngoài công cụ thì ghi nhận bằng lệnh record.");
        }

        if (entry.State is not (PublicationState.AwaitingManual or PublicationState.Published))
        {
            return ConfirmationResult.Refused(
                $"Bài '{articleId}' trên {ChannelNames.Label(channel)} đang ở trạng thái '{entry.State}', chưa được chuẩn bị để đăng thủ công; chạy publish trước.");
        }

        var confirmed = entry with
        {
            State = PublicationState.Published,
            RemoteUrl = link.ToString(),
            PublishedAt = at ?? (entry.State == PublicationState.Published ? entry.PublishedAt : null) ?? now,
            LastError = null,
            RetryAfter = null,
            UpdatedAt = now,
        };
        await ledger.SaveAsync(confirmed, cancellationToken);
        return new ConfirmationResult(true, confirmed, null);
    }
}
