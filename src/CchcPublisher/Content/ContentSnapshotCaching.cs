namespace CchcPublisher.Content;

/// <summary>
/// Registered by the long-running worker only: its <see cref="ContentLoader"/> may answer a load with the last
/// snapshot while a <see cref="FolderWatch"/> on the content folder has seen no change, no file was written by this
/// process, and the snapshot is younger than <see cref="TrustFor"/> (beyond it the folder is listed again, in case a
/// share dropped an event). One-shot commands and tests do not watch folders.
/// </summary>
internal sealed class ContentSnapshotCaching
{
    public TimeSpan TrustFor { get; init; } = TimeSpan.FromSeconds(10);
}
