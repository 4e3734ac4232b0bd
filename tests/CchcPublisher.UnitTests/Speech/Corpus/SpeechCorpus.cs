using System.Globalization;
using System.Text;

namespace CchcPublisher.UnitTests.Speech.Corpus;

/// <summary>
/// Reads the corpus under <c>TestData/Speech/Corpus</c> (see its README): <c>dev</c> is the split the normalizer
/// was tuned on, <c>heldout</c> the one it was not. Also holds the comparison rules, so that a case is judged
/// the same way everywhere.
/// </summary>
public static class SpeechCorpus
{
    public const string Dev = "dev";
    public const string HeldOut = "heldout";

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "Speech", "Corpus");

    // Old and new tone placement are the same word to a listener.
    private static readonly (string Old, string New)[] TonePlacement =
    [
        ("uỷ", "ủy"), ("uý", "úy"), ("uỳ", "ùy"), ("uỹ", "ũy"), ("uỵ", "ụy"), ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"),
        ("oã", "õa"), ("oạ", "ọa"), ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"),
    ];

    public static IReadOnlyList<SpeechCorpusCase> Cases(string split)
    {
        var cases = new List<SpeechCorpusCase>();
        foreach (var path in Directory.GetFiles(Path.Combine(Root, split), "*.tsv").Order(StringComparer.Ordinal))
        {
            var source = string.Empty;
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (line[0] == '@')
                {
                    source = line[1..].Trim();
                    continue;
                }

                var columns = line.Split('\t');
                var location = $"{split}/{Path.GetFileName(path)}:{i + 1}";
                if (columns.Length < 2 || columns.Any(c => c.Trim().Length == 0) || source.Length == 0)
                {
                    throw new InvalidDataException($"{location}: expected 'written<TAB>spoken…' under an '@ source' line.");
                }

                cases.Add(new SpeechCorpusCase(location, source, columns[0], columns[1..]));
            }
        }

        return cases;
    }

    /// <summary>Paragraphs of a split (one a line), each with its location.</summary>
    public static IReadOnlyList<(string Location, string Text)> Paragraphs(string split)
    {
        var path = Path.Combine(Root, split, "paragraphs.txt");
        return File.ReadAllLines(path, Encoding.UTF8)
            .Select((line, i) => (Location: $"{split}/paragraphs.txt:{i + 1}", Text: line))
            .Where(p => p.Text.Length > 0 && p.Text[0] is not ('#' or '@'))
            .ToList();
    }

    /// <summary>Whether <paramref name="spoken"/> says what one of the case's forms says.</summary>
    public static bool Accepts(SpeechCorpusCase corpusCase, string spoken)
    {
        ArgumentNullException.ThrowIfNull(corpusCase);
        var said = Canonical(spoken);
        return corpusCase.Spoken.Any(s => Canonical(s) == said);
    }

    /// <summary>
    /// What a listener hears: lower case, no punctuation, one space between words, the regional variants
    /// (ngàn/nghìn, lẻ/linh, mươi bốn/mươi tư) and old/new tone placement folded together.
    /// </summary>
    public static string Canonical(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        foreach (var (old, current) in TonePlacement)
        {
            lower = lower.Replace(old, current, StringComparison.Ordinal);
        }

        var letters = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            letters.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "ngàn" => "nghìn",
                "lẻ" => "linh",
                "bốn" when i > 0 && words[i - 1] == "mươi" => "tư",
                var word => word,
            };
        }

        return string.Join(' ', words);
    }
}
