namespace CchcPublisher.Channels.Zalo;

/// <summary>A photo cover: <c>{cover_type:"photo",photo_url,status:"show"}</c>.</summary>
internal sealed record ZaloCover(string CoverType, string PhotoUrl, string Status);
