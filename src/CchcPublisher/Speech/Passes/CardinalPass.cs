using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Every remaining number as a cardinal ("24 mô hình" → "hai mươi tư mô hình", "05 nhóm" → "năm nhóm"); a minus
/// sign directly before a number is "âm". A code of capitals and digits is spelled ("G7" → "giê bảy", "5G" →
/// "năm giê", unless the lexicon knows the letters: "BĐ1" → "báo động một"); other digits glued to letters are separated so each is read.
/// </summary>
internal sealed partial class CardinalPass : ISpeechPass
{
    /// <summary>Every step needs a digit (the first test of <see cref="Apply"/>).</summary>
    public bool MayChange(TextTraits traits) => traits.HasDigit;

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!TextChecks.HasDigit(text))
        {
            return text;
        }

        if (TextChecks.MarkThen(text, '-', Digits))
        {
            text = NegativeRegex().Replace(text, m => "âm " + context.Cardinal(m.Groups["n"].Value));
        }

        if (TextChecks.DigitBesideCapital(text))
        {
            text = CodeRegex().Replace(text, m => m.Groups["l1"].Success
                ? $"{Letters(m.Groups["l1"].Value, context)} {context.Cardinal(m.Groups["d1"].Value)}"
                : $"{context.Cardinal(m.Groups["d2"].Value)} {VietnameseLetters.Spell(m.Groups["l2"].Value)}");
        }

        return DigitRuns.ReadAsCardinals(text, context, DigitRunSpacing.BesideLetters);
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>Letters before a number: an abbreviation the lexicon knows ("BĐ1" → "báo động một"), else spelled.</summary>
    private static string Letters(string letters, SpeechContext context) =>
        context.Lexicon.Abbreviations.TryGetValue(letters, out var spoken) ? spoken : VietnameseLetters.Spell(letters);

    [GeneratedRegex(@"(?<=^|[\s(])-(?<n>\d+)(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<l1>\p{Lu}{1,3})(?<d1>\d{1,3})|(?<d2>\d{1,3})(?<l2>\p{Lu}{1,3}))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();
}
