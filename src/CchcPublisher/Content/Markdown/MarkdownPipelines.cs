using Markdig;

namespace CchcPublisher.Content.Markdown;

/// <summary>
/// The one Markdig pipeline every renderer uses. Markdig pipelines are immutable and thread-safe, so it is
/// built once. Raw HTML is disabled: officials write Markdown, and HTML in it is shown as text, never run.
/// </summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Default { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Build();
}
