using Markdig.Syntax;

namespace CchcPublisher.Content.Markdown;

/// <summary>
/// A Markdown text and its document, parsed the first time a renderer asks and then shared by every renderer of the
/// article (website page, WordPress post, Zalo article, Facebook post, radio script). Equal when the texts are equal,
/// so an article's identity never depends on whether it was rendered yet. Renderers only read the document.
/// </summary>
internal sealed class ParsedMarkdown : IEquatable<ParsedMarkdown>
{
    private readonly Lazy<MarkdownDocument> _document;

    public ParsedMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        _document = new Lazy<MarkdownDocument>(() => Markdig.Markdown.Parse(text, MarkdownPipelines.Default), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static ParsedMarkdown Empty { get; } = new(string.Empty);

    public string Text { get; }

    /// <summary>The parsed document (parsed once, on first use).</summary>
    public MarkdownDocument Document => _document.Value;

    /// <summary>True once <see cref="Document"/> has been parsed.</summary>
    public bool IsParsed => _document.IsValueCreated;

    public bool Equals(ParsedMarkdown? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ParsedMarkdown);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;
}
