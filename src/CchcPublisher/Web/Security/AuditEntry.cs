namespace CchcPublisher.Web.Security;

/// <summary>One console action: who, what (in Vietnamese), on what, when, and whether it was carried out.</summary>
internal sealed record AuditEntry(DateTimeOffset At, string User, string Role, string Action, string Target, bool Succeeded, string? Detail);
