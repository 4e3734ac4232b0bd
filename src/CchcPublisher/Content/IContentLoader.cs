namespace CchcPublisher.Content;

/// <summary>Reads the content folder. Never throws for bad content: problems become diagnostics.</summary>
internal interface IContentLoader
{
    /// <param name="contentRoot">Content folder; <c>null</c> means the configured one.</param>
    Task<ContentSnapshot> LoadAsync(string? contentRoot, CancellationToken cancellationToken);
}
