using System.Text.Json;
using System.Text.Json.Serialization;

namespace CchcPublisher.Channels.Website;

// The WordPress REST wire format (wp/v2), only the fields this channel reads or writes. Names are snake_case
// through the serializer context below; unknown fields are ignored.

/// <summary>A <c>{raw, rendered}</c> text field (raw only with <c>context=edit</c>).</summary>
internal sealed record WpText(string? Raw, string? Rendered);

/// <summary>A post as returned by <c>/wp/v2/posts</c>.</summary>
internal sealed record WpPost(int Id, string? Slug, string? Link, string? Status, WpText? Title, WpText? Content, WpText? Excerpt, IReadOnlyList<int>? Categories, int FeaturedMedia);

/// <summary>A category as returned by <c>/wp/v2/categories</c>.</summary>
internal sealed record WpTerm(int Id, string? Slug, string? Name);

/// <summary>An attachment as returned by <c>/wp/v2/media</c>.</summary>
internal sealed record WpMedia(int Id, string? Slug, string? SourceUrl);

/// <summary>The authenticated user, <c>/wp/v2/users/me?context=edit</c>.</summary>
internal sealed record WpUser(int Id, string? Slug, string? Name, IReadOnlyList<string>? Roles, IReadOnlyDictionary<string, bool>? Capabilities);

/// <summary>The REST index (<c>/wp-json/?_fields=namespaces</c>), used to detect the route form.</summary>
internal sealed record WpIndex(IReadOnlyList<string>? Namespaces);

/// <summary>A REST error: <c>{"code":"rest_invalid_param","message":"...","data":{"status":400}}</c>.</summary>
internal sealed record WpError(string? Code, string? Message, WpErrorData? Data);

/// <summary>The part of an error's <c>data</c> this channel uses (<c>term_id</c> comes with <c>term_exists</c>).</summary>
internal sealed record WpErrorData(int? Status, int? TermId);

/// <summary>Body of <c>POST /wp/v2/posts</c> (create) and <c>POST /wp/v2/posts/{id}</c> (update).</summary>
internal sealed record WpPostRequest(
    string Title,
    string Content,
    string? Excerpt,
    string Status,
    string Slug,
    IReadOnlyList<int> Categories,
    int? FeaturedMedia,
    string? DateGmt = null);

/// <summary>Body of <c>POST /wp/v2/media/{id}</c> that attaches an uploaded cover to its post.</summary>
internal sealed record WpMediaAttachRequest(int Post);

/// <summary>Body of <c>POST /wp/v2/categories</c>.</summary>
internal sealed record WpTermRequest(string Name, string Slug);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(WpPost))]
[JsonSerializable(typeof(List<WpPost>))]
[JsonSerializable(typeof(WpTerm))]
[JsonSerializable(typeof(List<WpTerm>))]
[JsonSerializable(typeof(WpMedia))]
[JsonSerializable(typeof(List<WpMedia>))]
[JsonSerializable(typeof(WpUser))]
[JsonSerializable(typeof(WpIndex))]
[JsonSerializable(typeof(WpError))]
[JsonSerializable(typeof(WpPostRequest))]
[JsonSerializable(typeof(WpTermRequest))]
[JsonSerializable(typeof(WpMediaAttachRequest))]
internal sealed partial class WordPressJsonContext : JsonSerializerContext;
