namespace CchcPublisher.Channels.Zalo;

/// <summary>Body of <c>POST /v2.0/article/verify</c>: <c>{"token": ...}</c>.</summary>
internal sealed record ZaloTokenBody(string Token);
