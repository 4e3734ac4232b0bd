using CchcPublisher.Content.Editing;

namespace CchcPublisher.Web.Pages;

/// <summary>What the editor shows: the file (null for a new article), its hash when opened, the fields, and a conflict to resolve.</summary>
internal sealed record EditorState(string? Path, string? Hash, ArticleForm Form, SaveOutcome.Conflict? Conflict);
