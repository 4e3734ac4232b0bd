using System.Globalization;

namespace CchcPublisher.UnitTests.Speech.Corpus;

/// <summary>
/// What an announcer would have to fix in a spoken paragraph: digits, "/", a "hoặc" the written text did not
/// have, and letter-by-letter runs (three or more consonant letter names in a row: "tê en nờ").
/// </summary>
public static class SpeechResidue
{
    private static readonly HashSet<string> LetterNames = new(StringComparer.Ordinal)
    {
        "bê", "xê", "dê", "đê", "ép", "giê", "hát", "ca", "lờ", "mờ", "nờ", "pê", "quy", "rờ", "ét", "tê", "vê", "kép", "ích", "dét",
    };

    public static IReadOnlyList<string> Find(string written, string spoken)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(spoken);
        var problems = new List<string>();
        problems.AddRange(spoken.Where(char.IsDigit).Distinct().Select(c => $"chữ số '{c}'"));
        if (spoken.Contains('/', StringComparison.Ordinal))
        {
            problems.Add("dấu '/'");
        }

        if (Count(spoken, "hoặc") > Count(written, "hoặc"))
        {
            problems.Add("'hoặc' không có trong văn bản");
        }

        var run = 0;
        foreach (var word in spoken.ToLower(CultureInfo.InvariantCulture).Split([' ', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            run = LetterNames.Contains(word) ? run + 1 : 0;
            if (run == 3)
            {
                problems.Add($"đánh vần từng chữ cái ('{word}')");
            }
        }

        return problems;
    }

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
