namespace CchcPublisher.Content.Diagnostics;

/// <summary>
/// One problem found in a content file, located the way compilers do (1-based line and column) so that
/// editors and officials can jump to it. <see cref="Message"/> is Vietnamese: it is shown to users.
/// </summary>
internal sealed record Diagnostic(
    string Path,
    int Line,
    int Column,
    DiagnosticSeverity Severity,
    string Code,
    string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>path:line:col: error|warning CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
