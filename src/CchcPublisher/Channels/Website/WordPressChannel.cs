using System.Globalization;
using System.Security.Cryptography;
using CchcPublisher.Content.Articles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestSharp;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// The <c>website</c> channel in WordPress mode: posts through the REST API (wp/v2) with an Application
/// Password. Categories map by slug (created when missing, if configured), the cover becomes the featured image,
/// the post slug is the article's slug, and the remote id is the WordPress post id.
/// <para>
/// No double posts: a post carries a hidden marker with the article id (an HTML comment), and before creating a
/// post the channel searches every post for that marker (whatever suffix WordPress gave the slug), so an earlier
/// unknown outcome turns into an update. Posts are dated at the article's due time (a due time ahead is a
/// WordPress scheduled post, status <c>future</c>). A
/// create whose answer is lost (timeout, 5xx) is reported <see cref="PublishOutcome.Unknown"/> and never
/// retried here; the resilience handler never retries a POST.
/// </para>
/// </summary>
internal sealed class WordPressChannel(
    WordPressApi api,
    IOptions<WebsiteOptions> options,
    ArticleHtmlRenderer renderer,
    ICategoryLabels labels,
    TimeProvider time,
    ILogger<WordPressChannel> logger) : IChannel
{
    private const string Posts = "/wp/v2/posts";

    /// <summary>Closing tags of the blocks that hold text, where the marker can sit without a paragraph of its own.</summary>
    private static readonly string[] TextBlockEnds = ["</p>", "</li>", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>", "</td>", "</th>", "</dd>", "</dt>"];

    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
    };

    public string Name => ChannelNames.Website;

    public bool CanUpdate => true;

    public bool FollowsContent => true;

    /// <summary>A create may still be at work in WordPress for the whole call's total timeout.</summary>
    public TimeSpan InFlightLimit => Settings.TotalTimeout;

    private WordPressOptions Settings => options.Value.WordPress;

    /// <summary>The hidden marker that ties a post to its article: an HTML comment at the end of the content.</summary>
    /// <remarks>The id is percent-encoded, '-' included, because WordPress's HTML filter collapses "--" in comments.</remarks>
    public static string Marker(string articleId) => $"<!-- {MarkerToken(articleId)} -->";

    /// <summary>The marker's text without the comment delimiters: one search term (no space, comma or quote).</summary>
    private static string MarkerToken(string articleId) =>
        $"cchc-article:{Uri.EscapeDataString(articleId).Replace("-", "%2D", StringComparison.Ordinal)}";

    /// <summary>
    /// Search words that every post carrying the marker contains: the marker's text cut at its percent-escapes
    /// (WordPress strips "%2D" and the like from a search), at most 9 words (more turn WordPress's search into a
    /// whole-sentence match). A candidate only counts when it carries the whole marker.
    /// </summary>
    internal static string MarkerSearch(string articleId)
    {
        var words = MarkerToken(articleId).Split('%')
            .Select((part, i) => i == 0 ? part : part.Length > 2 ? part[2..] : string.Empty)
            .Where(word => word.Length >= 2)
            .ToList();
        var kept = words.Take(1).Concat(words.Skip(1).OrderByDescending(w => w.Length).Take(8)).Distinct(StringComparer.Ordinal);
        return string.Join(' ', kept);
    }

    /// <summary>
    /// The content with the marker inside its last text block (<c>&lt;p&gt;text&lt;!-- marker --&gt;&lt;/p&gt;</c>):
    /// on a line of its own, WordPress's automatic paragraphs would wrap it in an empty <c>&lt;p&gt;</c>.
    /// </summary>
    internal static string WithMarker(string html, string articleId)
    {
        ArgumentNullException.ThrowIfNull(html);
        var marker = Marker(articleId);
        var end = html.TrimEnd();
        var last = TextBlockEnds.Select(tag => end.LastIndexOf(tag, StringComparison.OrdinalIgnoreCase)).Max();
        return last < 0 ? end + "\n" + marker : end.Insert(last, marker);
    }

    public async Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;

        var signedIn = await SignInAsync(cancellationToken);
        if (!signedIn.IsOk)
        {
            return Failed(signedIn.Failure, string.Empty);
        }

        var categories = await ResolveCategoriesAsync(article, cancellationToken);
        if (!categories.IsOk)
        {
            return categories.Failure is { } f ? Failed(f, "Không chuẩn bị được chuyên mục trên WordPress. ") : Failed(categories.Message!);
        }

        byte[]? cover;
        try
        {
            cover = await ReadCoverAsync(article, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PublishResult.Failed($"Không đọc được ảnh bìa {article.CoverPath}: {ex.Message}");
        }

        var media = await UploadCoverAsync(article, cover, cancellationToken);
        if (!media.IsOk)
        {
            return Failed(media.Failure, "Không tải được ảnh bìa lên WordPress. ");
        }

        // Update the post we know of; else look for one of ours first (an earlier attempt may have created it).
        var postId = PostId(context.Previous?.RemoteId);
        if (postId is null)
        {
            var existing = await FindOwnPostAsync(article, null, cancellationToken);
            if (!existing.IsOk)
            {
                return Failed(existing.Failure, "Không kiểm tra được bài đã có trên WordPress nên chưa gửi bài. ");
            }

            postId = existing.Value.Post?.Id;
        }

        // Dated at the article's due time; a due time still ahead becomes WordPress's own scheduled post.
        var due = context.DueAt ?? article.PublishAt;
        var body = new WpPostRequest(
            Title: TitleText(article.Title),
            Content: WithMarker(renderer.Render(article.Document), article.Id),
            Excerpt: article.Summary is null ? null : HtmlText.Escape(article.Summary),
            Status: due is { } at && at > time.GetUtcNow() ? "future" : "publish",
            Slug: article.Slug,
            Categories: categories.Ids,
            FeaturedMedia: media.Value ?? (postId is null ? null : 0), // 0 removes a cover the edit took away
            DateGmt: due?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));

        var route = postId is { } id ? $"{Posts}/{id.ToString(CultureInfo.InvariantCulture)}" : Posts;
        var result = await api.SendAsync(Method.Post, route, WordPressJsonContext.Default.WpPost,
            r => WordPressApi.AddJson(r, body, WordPressJsonContext.Default.WpPostRequest), cancellationToken);
        if (!result.IsOk)
        {
            if (postId is not null && result.Failure is { Kind: WordPressFailureKind.Http, Status: 404 })
            {
                return PublishResult.Failed(
                    $"Bài viết số {postId} không còn trên WordPress (đã bị xóa hẳn?), nên không cập nhật được. " +
                    "Nếu muốn đăng lại thành bài mới, hãy xóa bản ghi của bài này trên kênh website trong sổ theo dõi.");
            }

            if (result.Failure.MayHaveApplied)
            {
                return PublishResult.Unknown(
                    Describe(result.Failure, "Đã gửi bài lên WordPress nhưng không nhận được xác nhận. ") +
                    " Bài có thể đã lên trang; sẽ tìm lại bài theo đường dẫn trước khi gửi lại.");
            }

            return Failed(result.Failure, "WordPress không nhận bài. ");
        }

        var post = result.Value;
        if (media.Value is { } mediaId)
        {
            // The cover is uploaded before the post exists; attach it now, so the media library shows it with its post.
            // Best effort: the post is published either way.
            await api.SendAsync(Method.Post, $"/wp/v2/media/{mediaId.ToString(CultureInfo.InvariantCulture)}", WordPressJsonContext.Default.WpMedia,
                r => WordPressApi.AddJson(r, new WpMediaAttachRequest(post.Id), WordPressJsonContext.Default.WpMediaAttachRequest), cancellationToken);
        }

        if (postId is null)
        {
            logger.WordPressPostCreated(post.Id, article.Id);
        }
        else
        {
            logger.WordPressPostUpdated(post.Id, article.Id);
        }

        return PublishResult.Published(post.Id.ToString(CultureInfo.InvariantCulture), post.Link);
    }

    public async Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signedIn = await SignInAsync(cancellationToken);
        var found = signedIn.IsOk
            ? await FindOwnPostAsync(context.Article, PostId(context.Previous?.RemoteId), cancellationToken)
            : WordPressResult<FoundPost>.Fail(signedIn.Failure);
        if (!found.IsOk)
        {
            return ReconcileResult.CouldNotCheck(Describe(found.Failure, "Không kiểm tra được bài trên WordPress. "));
        }

        return found.Value.Post is { } post
            ? ReconcileResult.FoundAt(post.Id.ToString(CultureInfo.InvariantCulture), post.Link)
            : ReconcileResult.NotFound;
    }

    /// <summary>
    /// Moves the post to WordPress's trash (<c>DELETE /wp/v2/posts/{id}</c> without <c>force</c>), where an
    /// administrator can still restore it. A post already trashed or deleted counts as withdrawn.
    /// </summary>
    public async Task<WithdrawResult> WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!int.TryParse(context.Entry.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return WithdrawResult.Withdrawn("Sổ theo dõi không ghi mã bài WordPress; không có bài nào để gỡ.");
        }

        var trashed = await api.SendAsync(Method.Delete, $"{Posts}/{id.ToString(CultureInfo.InvariantCulture)}", WordPressJsonContext.Default.WpPost,
            configure: null, cancellationToken);
        if (trashed.IsOk || trashed.Failure.Status is 404 or 410)
        {
            logger.WordPressTrashed(id.ToString(CultureInfo.InvariantCulture), context.ArticleId);
            return WithdrawResult.Withdrawn("Bài trên WordPress đã vào thùng rác (quản trị viên trang có thể khôi phục).");
        }

        return WithdrawResult.Failed(WordPressMessages.Describe(trashed.Failure, api.BaseUrl.AbsoluteUri, Settings.User) + " Sẽ thử gỡ lại ở lần chạy sau.");
    }

    /// <summary>
    /// Checks the Application Password first: WordPress may treat a wrong one as an anonymous visitor (public
    /// reads succeed), and the later failures would then not say what is really wrong.
    /// </summary>
    private Task<WordPressResult<WpUser>> SignInAsync(CancellationToken cancellationToken) =>
        api.SendAsync(Method.Get, "/wp/v2/users/me", WordPressJsonContext.Default.WpUser,
            r => r.AddQueryParameter("_fields", "id,slug"), cancellationToken);

    /// <summary>
    /// This article's post on the site, if any: the known post id first, then a search of every post (any status
    /// but trash) for the marker; a post counts only when its content carries this article's whole marker.
    /// </summary>
    private async Task<WordPressResult<FoundPost>> FindOwnPostAsync(Article article, int? knownId, CancellationToken cancellationToken)
    {
        var marker = Marker(article.Id);
        if (knownId is { } id)
        {
            var known = await api.SendAsync(Method.Get, $"{Posts}/{id.ToString(CultureInfo.InvariantCulture)}", WordPressJsonContext.Default.WpPost,
                r => r.AddQueryParameter("context", "edit"), cancellationToken);
            if (known.IsOk && known.Value.Status != "trash" && Carries(known.Value, marker))
            {
                logger.WordPressPostFound(known.Value.Id, article.Id, known.Value.Slug ?? string.Empty);
                return WordPressResult<FoundPost>.Ok(new FoundPost(known.Value));
            }

            if (!known.IsOk && known.Failure.Status is not (404 or 410))
            {
                return WordPressResult<FoundPost>.Fail(known.Failure);
            }
        }

        // WordPress gives a taken slug any suffix (-2 ... -10 ...): search every post for the marker's words.
        var candidates = await api.SendAsync(Method.Get, Posts, WordPressJsonContext.Default.ListWpPost, r => r
            .AddQueryParameter("search", MarkerSearch(article.Id))
            .AddQueryParameter("status", "any")
            .AddQueryParameter("context", "edit")
            .AddQueryParameter("orderby", "id")
            .AddQueryParameter("order", "asc")
            .AddQueryParameter("per_page", "100")
            .AddQueryParameter("_fields", "id,slug,link,status,content"), cancellationToken);
        if (!candidates.IsOk)
        {
            return WordPressResult<FoundPost>.Fail(candidates.Failure);
        }

        var own = candidates.Value.Where(p => Carries(p, marker)).OrderBy(p => p.Id).FirstOrDefault();
        if (own is not null)
        {
            logger.WordPressPostFound(own.Id, article.Id, own.Slug ?? string.Empty);
        }

        return WordPressResult<FoundPost>.Ok(new FoundPost(own));
    }

    private static bool Carries(WpPost post, string marker) =>
        post.Content?.Raw?.Contains(marker, StringComparison.Ordinal) == true;

    /// <summary>WordPress category ids for the article's categories, by slug (= category key).</summary>
    private async Task<CategoryIds> ResolveCategoriesAsync(Article article, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        foreach (var key in article.Categories)
        {
            var found = await api.SendAsync(Method.Get, "/wp/v2/categories", WordPressJsonContext.Default.ListWpTerm, r => r
                .AddQueryParameter("slug", key)
                .AddQueryParameter("_fields", "id,slug,name"), cancellationToken);
            if (!found.IsOk)
            {
                return new CategoryIds([], found.Failure, null);
            }

            if (found.Value.FirstOrDefault(t => string.Equals(t.Slug, key, StringComparison.Ordinal)) is { } term)
            {
                ids.Add(term.Id);
                continue;
            }

            var label = labels.Label(key);
            if (!Settings.CreateMissingCategories)
            {
                return new CategoryIds([], null,
                    $"Chuyên mục \"{label}\" (đường dẫn '{key}') chưa có trên WordPress. Hãy tạo chuyên mục với đường dẫn (slug) '{key}' " +
                    $"trong WordPress, hoặc bật {WebsiteOptions.SectionName}:WordPress:CreateMissingCategories.");
            }

            var created = await api.SendAsync(Method.Post, "/wp/v2/categories", WordPressJsonContext.Default.WpTerm,
                r => WordPressApi.AddJson(r, new WpTermRequest(label, key), WordPressJsonContext.Default.WpTermRequest), cancellationToken);
            if (created.IsOk)
            {
                logger.WordPressCategoryCreated(key, created.Value.Id);
                ids.Add(created.Value.Id);
            }
            else if (created.Failure is { Code: "term_exists", TermId: { } existing })
            {
                // A category with this name exists under another slug: use it rather than fail.
                ids.Add(existing);
            }
            else
            {
                return new CategoryIds([], created.Failure, null);
            }
        }

        return new CategoryIds([.. ids.Distinct()], null, null);
    }

    /// <summary>
    /// The featured image id, or null without a (usable) cover. The file is named after the slug and a hash of
    /// its bytes, so a retry or an edit that keeps the picture finds the earlier upload instead of adding another.
    /// </summary>
    private async Task<WordPressResult<int?>> UploadCoverAsync(Article article, byte[]? bytes, CancellationToken cancellationToken)
    {
        if (bytes is null || article.CoverPath is not { } path)
        {
            return WordPressResult<int?>.Ok(null);
        }

        var extension = Path.GetExtension(path);
        var contentType = ImageTypes[extension];
        var name = $"{SitePaths.Safe(article.Slug, "anh-bia")}-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}";
        var existing = await api.SendAsync(Method.Get, "/wp/v2/media", WordPressJsonContext.Default.ListWpMedia, r => r
            .AddQueryParameter("slug", name)
            .AddQueryParameter("_fields", "id,slug,source_url"), cancellationToken);
        if (!existing.IsOk)
        {
            return WordPressResult<int?>.Fail(existing.Failure);
        }

        if (existing.Value.FirstOrDefault() is { } media)
        {
            return WordPressResult<int?>.Ok(media.Id);
        }

        var uploaded = await api.SendAsync(Method.Post, "/wp/v2/media", WordPressJsonContext.Default.WpMedia, r => r
            .AddHeader("Content-Disposition", $"attachment; filename=\"{name}{extension.ToLowerInvariant()}\"")
            .AddBody(bytes, contentType), cancellationToken);
        if (!uploaded.IsOk)
        {
            return WordPressResult<int?>.Fail(uploaded.Failure);
        }

        logger.WordPressMediaUploaded(uploaded.Value.Id, article.Id);
        return WordPressResult<int?>.Ok(uploaded.Value.Id);
    }

    /// <summary>The cover's bytes, or null without a cover WordPress accepts (then the post goes out without one).</summary>
    private async Task<byte[]?> ReadCoverAsync(Article article, CancellationToken cancellationToken)
    {
        if (article.CoverPath is not { } path)
        {
            return null;
        }

        if (!ImageTypes.ContainsKey(Path.GetExtension(path)))
        {
            logger.WordPressCoverSkipped(Path.GetFileName(path), article.Id);
            return null;
        }

        return await File.ReadAllBytesAsync(path, cancellationToken);
    }

    private PublishResult Failed(WordPressFailure failure, string what) =>
        WordPressMessages.IsTemporary(failure)
            ? PublishResult.Failed(Describe(failure, what) + " Sẽ thử lại sau.", failure.RetryAfter ?? Settings.RetryAfter)
            : PublishResult.Failed(Describe(failure, what));

    private static PublishResult Failed(string message) => PublishResult.Failed(message);

    private string Describe(WordPressFailure failure, string what) =>
        what + WordPressMessages.Describe(failure, api.BaseUrl.AbsoluteUri, Settings.User);

    /// <summary>
    /// The title as WordPress stores a typed one: quotes and ampersands as they are (escaped, they would be kept
    /// as <c>&amp;quot;</c>); only angle brackets are neutralised, so that a title can never become markup.
    /// </summary>
    private static string TitleText(string title) =>
        title.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static int? PostId(string? remoteId) =>
        int.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private sealed record FoundPost(WpPost? Post);

    /// <summary>Category ids, or why they could not be had (a failed call, or a missing category not to be created).</summary>
    private sealed record CategoryIds(IReadOnlyList<int> Ids, WordPressFailure? Failure, string? Message)
    {
        public bool IsOk => Failure is null && Message is null;
    }
}
