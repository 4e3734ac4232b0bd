namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Body of <c>POST /v2.0/oa/message</c> that broadcasts an article:
/// <c>{"recipient":{"target":{...}},"message":{"attachment":{"type":"template","payload":{"template_type":"media",
/// "elements":[{"media_type":"article","attachment_id":...}]}}}}</c>.
/// </summary>
internal sealed record ZaloBroadcastBody(ZaloBroadcastBody.RecipientPart Recipient, ZaloBroadcastBody.MessagePart Message)
{
    public static ZaloBroadcastBody Article(IReadOnlyDictionary<string, string> target, string articleId) =>
        new(new RecipientPart(target), new MessagePart(new AttachmentPart("template", new PayloadPart("media", [new ElementPart("article", articleId)]))));

    internal sealed record RecipientPart(IReadOnlyDictionary<string, string> Target);

    internal sealed record MessagePart(AttachmentPart Attachment);

    internal sealed record AttachmentPart(string Type, PayloadPart Payload);

    internal sealed record PayloadPart(string TemplateType, IReadOnlyList<ElementPart> Elements);

    internal sealed record ElementPart(string MediaType, string AttachmentId);
}
