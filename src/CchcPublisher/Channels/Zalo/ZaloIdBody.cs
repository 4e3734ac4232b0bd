namespace CchcPublisher.Channels.Zalo;

/// <summary>Body of <c>POST /v2.0/article/remove</c>: <c>{"id": ...}</c>.</summary>
internal sealed record ZaloIdBody(string Id);
