namespace CchcPublisher.Content.Articles;

/// <summary>The raw input of <see cref="ArticleParser"/>: one file's bytes and where it lives.</summary>
/// <param name="FullPath">Full path of the file (covers are resolved against its folder).</param>
/// <param name="RelativePath">Path relative to the content root with '/' separators, e.g. <c>articles/2026/a.md</c>.</param>
/// <param name="DisplayPath">Path shown in diagnostics (see <see cref="Diagnostics.DiagnosticPaths"/>).</param>
/// <param name="Bytes">The file's content, exactly as stored.</param>
/// <param name="ModifiedAt">Last write time, copied to <see cref="Article.ModifiedAt"/>.</param>
internal sealed record ArticleSource(
    string FullPath,
    string RelativePath,
    string DisplayPath,
    ReadOnlyMemory<byte> Bytes,
    DateTimeOffset? ModifiedAt = null);
