namespace CchcPublisher.Content.Diagnostics;

/// <summary>
/// How file paths appear in diagnostics: relative to the current directory, with '/' separators, when the file
/// is under it (short, and editors and terminals can jump to <c>content/articles/a.md:3:8</c>); otherwise the
/// full path as the operating system writes it.
/// </summary>
internal static class DiagnosticPaths
{
    public static string Display(string fullPath, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(currentDirectory);
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        var outside = Path.IsPathRooted(relative)
            || relative == ".."
            || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith("../", StringComparison.Ordinal);
        return outside ? fullPath : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
