namespace CchcPublisher.Content.Diagnostics;

/// <summary>Collects the diagnostics of one file while it is checked.</summary>
/// <param name="path">Path as shown to the user (see <see cref="DiagnosticPaths"/>).</param>
internal sealed class DiagnosticBag(string path)
{
    private readonly List<Diagnostic> _items = [];

    public string Path => path;

    public bool HasErrors { get; private set; }

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(int line, int column, string code, string message)
    {
        _items.Add(new Diagnostic(path, line, column, DiagnosticSeverity.Error, code, message));
        HasErrors = true;
    }

    public void Warning(int line, int column, string code, string message) =>
        _items.Add(new Diagnostic(path, line, column, DiagnosticSeverity.Warning, code, message));

    /// <summary>The diagnostics ordered by position (stable for equal positions).</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Count == 0 ? [] : [.. _items.OrderBy(d => d.Line).ThenBy(d => d.Column)];
}
