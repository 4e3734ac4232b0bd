using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using CchcPublisher.Common;
using CchcPublisher.Content.Articles;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Http;

/// <summary>
/// Writes outbox files under <c>&lt;Paths:Data&gt;/outbox/&lt;channel&gt;/</c>, one per article version, named
/// <c>&lt;yyyy-MM-dd&gt;_&lt;article-id-slug&gt;_&lt;hash8&gt;.json</c> (the date is the commune's local date of
/// writing, hash8 the first 8 characters of the content hash). A version already in the outbox is found by its
/// slug and hash whatever the date, so a retry or a reconcile after midnight finds the earlier file.
/// </summary>
internal sealed class OutboxWriter(IOptions<PathOptions> paths, IOptions<CommuneOptions> commune, TimeProvider timeProvider)
{
    public string FolderFor(string channel) => Path.Combine(paths.Value.DataRoot, "outbox", channel);

    /// <summary>
    /// Withdraws an outbox publication: a file still waiting to be posted by hand is removed (nobody should post
    /// an article the commune took back); a post already made by hand can only be removed by hand.
    /// </summary>
    public WithdrawResult Withdraw(string channel, WithdrawContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var label = ChannelNames.Label(channel);
        if (context.Entry.State == Ledger.PublicationState.Published)
        {
            return WithdrawResult.NotPossible(
                $"Bài đã được đăng thủ công lên {label}{(context.Entry.RemoteUrl is { } url ? " tại " + url : string.Empty)}; hãy gỡ bài trực tiếp trên {label}.");
        }

        if (context.Entry.RemoteId is { Length: > 0 } file && Path.GetFileName(file) == file)
        {
            File.Delete(Path.Combine(FolderFor(channel), file));
        }

        return WithdrawResult.Withdrawn($"Đã xoá tệp chờ đăng trong hộp thư đi {label}.");
    }

    /// <summary>The file name of this article version in the channel's outbox, or <c>null</c>.</summary>
    public string? Find(string channel, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var folder = FolderFor(channel);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var pattern = "????-??-??_" + IdSlug(article.Id) + "_" + ShortHash(article.ContentHash) + ".json";
        return Directory.EnumerateFiles(folder, pattern)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Writes the request atomically and returns the file name.</summary>
    public async Task<string> WriteAsync(
        string channel,
        Article article,
        ApiRequest request,
        IReadOnlyList<string> notes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(request);
        var now = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), commune.Value.GetTimeZone());
        var fileName = FileName(DateOnly.FromDateTime(now.DateTime), article);
        var file = new OutboxFile(channel, article.Id, article.ContentHash, article.Title, now, OutboxFileRequest.From(request), notes);
        var json = JsonSerializer.Serialize(file, OutboxJsonContext.Files.OutboxFile) + "\n";
        await AtomicFile.WriteAllTextAsync(Path.Combine(FolderFor(channel), fileName), json, ownerOnly: false, cancellationToken);
        return fileName;
    }

    /// <summary>Checks that the outbox folder can be created and written to.</summary>
    public async Task<ChannelCheckResult> CheckAsync(string channel, CancellationToken cancellationToken)
    {
        var folder = FolderFor(channel);
        var probe = Path.Combine(folder, ".write-check");
        try
        {
            await AtomicFile.WriteAllTextAsync(probe, "ok\n", ownerOnly: false, cancellationToken);
            File.Delete(probe);
            return new ChannelCheckResult(true, "outbox", $"Ghi được vào thư mục hộp thư đi {folder}. Bài viết được ghi thành tệp JSON, chưa gửi lên {ChannelNames.Label(channel)}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ChannelCheckResult(false, "outbox", $"Không ghi được vào thư mục {folder}: {ex.Message}. Hãy kiểm tra quyền ghi của tài khoản chạy dịch vụ, hoặc đổi Paths:Data.");
        }
    }

    internal static string FileName(DateOnly date, Article article) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "_" + IdSlug(article.Id) + "_" + ShortHash(article.ContentHash) + ".json";

    /// <summary>Lower-case ASCII letters, digits and '-', from an article id (diacritics removed, 'đ' → 'd').</summary>
    internal static string IdSlug(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var builder = new StringBuilder(id.Length);
        foreach (var c in id.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = c == 'đ' ? 'd' : c;
            if (char.IsAsciiLetterOrDigit(mapped))
            {
                builder.Append(mapped);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 80)
        {
            slug = slug[..80].TrimEnd('-');
        }

        return slug.Length > 0 ? slug : "bai-viet-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
    }

    internal static string ShortHash(string contentHash) =>
        (contentHash.Length >= 8 ? contentHash[..8] : contentHash).ToLowerInvariant();
}
