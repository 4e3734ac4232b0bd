using System.Text.RegularExpressions;

namespace CchcPublisher.UnitTests.TestSupport;

/// <summary>Detects English exception text leaking into a user-facing Vietnamese message.</summary>
internal static partial class EnglishText
{
    [GeneratedRegex(@"\b(while|expected|found|did not|could not|cannot|exception|failed|invalid|unexpected|the field|must be|is not|value|error|scanning|parsing|mapping|line \d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();

    public static void AssertNone(string message)
    {
        var match = EnglishWords().Match(message);
        Assert.False(match.Success, $"English text \"{match.Value}\" in: {message}");
    }
}
