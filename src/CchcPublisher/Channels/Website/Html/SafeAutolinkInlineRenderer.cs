using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace CchcPublisher.Channels.Website.Html;

/// <summary>Markdig's renderer of <c>&lt;…&gt;</c> autolinks with the same rules as <see cref="SafeLinkInlineRenderer"/>.</summary>
internal sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
        if (!SafeUrl.IsAllowed(url))
        {
            renderer.WriteEscape(link.Url);
            return;
        }

        Rel = SafeUrl.IsExternal(url) ? SafeUrl.ExternalRel : null;
        base.Write(renderer, link);
    }
}
