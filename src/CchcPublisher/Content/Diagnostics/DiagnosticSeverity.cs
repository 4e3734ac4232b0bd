namespace CchcPublisher.Content.Diagnostics;

internal enum DiagnosticSeverity
{
    Warning,
    Error,
}
