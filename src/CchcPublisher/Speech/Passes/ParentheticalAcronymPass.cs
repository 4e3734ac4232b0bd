using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Drops an acronym defined in brackets, "cải cách hành chính (CCHC)": on air it would only repeat the words
/// just read.
/// </summary>
internal sealed partial class ParentheticalAcronymPass : ISpeechPass
{
    /// <summary>The pattern needs "(".</summary>
    public bool MayChange(TextTraits traits) => traits.HasAny(OpenBracket);

    private static readonly UInt128 OpenBracket = TextTraits.Mask("(");

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('(', StringComparison.Ordinal) ? DefinitionRegex().Replace(text, string.Empty) : text;
    }

    [GeneratedRegex(@"\s*\(\s*[A-ZĐ][A-ZĐ&\-]*[A-ZĐ]\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionRegex();
}
