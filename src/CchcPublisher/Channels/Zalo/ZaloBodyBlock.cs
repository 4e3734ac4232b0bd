namespace CchcPublisher.Channels.Zalo;

/// <summary>One block of a Zalo OA article body, as sent: <c>{type:"text",content}</c> or <c>{type:"image",url,caption?}</c>.</summary>
internal sealed record ZaloBodyBlock(string Type, string? Content = null, string? Url = null, string? Caption = null)
{
    public static ZaloBodyBlock Text(string html) => new("text", Content: html);

    public static ZaloBodyBlock Image(Uri url, string? caption) =>
        new("image", Url: url.AbsoluteUri, Caption: string.IsNullOrWhiteSpace(caption) ? null : caption);
}
