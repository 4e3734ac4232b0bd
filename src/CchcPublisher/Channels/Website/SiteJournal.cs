using System.Text;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// The running batch's journal (<see cref="SiteManifestStore.JournalName"/>), kept open for the batch: each entry is
/// one line handed to the operating system at once (no buffering in the process), so a crash of the process after a
/// page was written never loses its entry, and a batch of thousands of pages costs one open, not thousands.
/// </summary>
internal sealed class SiteJournal(string siteRoot) : IDisposable
{
    private FileStream? _stream;

    public void Append(SiteManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _stream ??= new FileStream(
            Path.Combine(siteRoot, SiteManifestStore.JournalName), FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
        _stream.Write(Encoding.UTF8.GetBytes(SiteManifestStore.JournalLine(entry)));
    }

    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
    }
}
