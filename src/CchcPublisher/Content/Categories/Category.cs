namespace CchcPublisher.Content.Categories;

/// <summary>A CCHC content category: a stable key used in front matter and a Vietnamese label shown to people.</summary>
/// <param name="Key">Lower-case ASCII key, e.g. <c>thu-tuc-hanh-chinh</c>.</param>
/// <param name="Label">Vietnamese label, e.g. "Cải cách thủ tục hành chính".</param>
/// <param name="ReformArea">True for the six reform areas of Nghị quyết 76/NQ-CP.</param>
/// <param name="Hashtag">Hashtag for social posts, without '#'.</param>
internal sealed record Category(string Key, string Label, bool ReformArea, string Hashtag);
