namespace CchcPublisher.Content.Articles;

/// <summary>A Markdown file cut into its YAML front matter and its body.</summary>
/// <param name="Yaml">Text between the two <c>---</c> lines.</param>
/// <param name="YamlLine">File line of the YAML's first line (2).</param>
/// <param name="ClosingLine">File line of the closing <c>---</c>.</param>
/// <param name="Body">Everything after the closing line.</param>
/// <param name="BodyLine">File line where <paramref name="Body"/> starts.</param>
internal sealed record FrontMatterSplit(string Yaml, int YamlLine, int ClosingLine, string Body, int BodyLine);
