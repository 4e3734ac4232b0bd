namespace CchcPublisher.Scheduling;

/// <summary>A cheap summary of a folder tree (paths, sizes, write times): equal fingerprints mean nothing changed.</summary>
internal static class ContentFingerprint
{
    public static string Of(string root)
    {
        if (!Directory.Exists(root))
        {
            return "missing";
        }

        var hash = new HashCode();
        var count = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                hash.Add(file, StringComparer.Ordinal);
                hash.Add(info.Length);
                hash.Add(info.LastWriteTimeUtc.Ticks);
                count++;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file vanished mid-scan (an editor's temp file): report a change so the content is read again.
            return $"unstable:{Guid.NewGuid():N}";
        }

        return $"{count}:{hash.ToHashCode()}";
    }
}
