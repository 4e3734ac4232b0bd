namespace CchcPublisher.Content.Yaml;

/// <summary>One text item of a list value (a category key, a channel name) with its position in the file.</summary>
internal sealed record YamlItem(string Text, int Line, int Column);
