namespace CchcPublisher.Web.Security;

/// <summary>A console user as stored in <c>&lt;data&gt;/users.json</c>: never the password, only Identity's hash of it.</summary>
internal sealed record ConsoleUser(string Name, string Role, string PasswordHash, DateTimeOffset CreatedAt);
