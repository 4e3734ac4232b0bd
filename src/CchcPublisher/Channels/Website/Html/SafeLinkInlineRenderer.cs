using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace CchcPublisher.Channels.Website.Html;

/// <summary>
/// Markdig's link renderer with the site's rules: a link whose address is not allowed (<see cref="SafeUrl"/>)
/// keeps its text and loses the link; an image whose address is not allowed is dropped; a link leaving the site
/// gets <c>rel="noopener noreferrer"</c>. One instance per render: <see cref="LinkInlineRenderer.Rel"/> is set per
/// link.
/// </summary>
internal sealed class SafeLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (!SafeUrl.IsAllowed(url))
        {
            if (!link.IsImage)
            {
                renderer.WriteChildren(link);
            }

            return;
        }

        Rel = !link.IsImage && SafeUrl.IsExternal(url) ? SafeUrl.ExternalRel : null;
        base.Write(renderer, link);
    }
}
