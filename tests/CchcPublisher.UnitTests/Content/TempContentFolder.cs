using System.Text;

namespace CchcPublisher.UnitTests.Content;

/// <summary>A real content folder in the temp directory, deleted on dispose.</summary>
internal sealed class TempContentFolder : IDisposable
{
    public TempContentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "cchc-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
    }

    public string Root { get; }

    public string ArticlesRoot => Path.Combine(Root, "articles");

    /// <summary>Writes UTF-8 text (no BOM) at a path relative to the content root; returns the full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
