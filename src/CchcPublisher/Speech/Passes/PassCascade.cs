namespace CchcPublisher.Speech.Passes;

/// <summary>
/// The passes, in their fixed order. The order follows one rule: a pass that reads a larger written form runs
/// before the passes that read its parts (document symbols before dates, year ranges before month/year, dates
/// before proportions, everything numeric before plain cardinals, abbreviations before spelling of unknown
/// capitals, symbols last). <see cref="SpeechNormalizer"/> runs it only on the stretches of a text that need it;
/// run alone over a whole text it is the first-generation normalizer (kept for the benchmark and the
/// equivalence tests).
/// </summary>
internal static class PassCascade
{
    private static readonly ISpeechPass[] Passes =
    [
        new CharacterCleanupPass(),
        new WebAddressPass(),
        new DocumentNumberPass(),
        new ParentheticalAcronymPass(),
        new YearRangePass(),
        new QuarterPass(),
        new DatePass(),
        new MonthPass(),
        new TimePass(),
        new PhoneNumberPass(),
        new MoneyPass(),
        new PercentPass(),
        new MeasurePass(),
        new LeadingZeroCodePass(),
        new NumericRangePass(),
        new ProportionPass(),
        new DecimalNumberPass(),
        new RomanNumeralPass(),
        new OrdinalPass(),
        new CardinalPass(),
        new AbbreviationPass(),
        new CapitalizedWordPass(),
        new SymbolPass(),
    ];

    /// <summary>The passes, in order (for the tests).</summary>
    internal static IReadOnlyList<ISpeechPass> All => Passes;

    /// <summary>
    /// The passes in order, each skipped when <see cref="ISpeechPass.MayChange"/> says it cannot change the text: the
    /// text's <see cref="TextTraits"/> are taken once, and again after a change when a pass is reached that the earlier
    /// traits would skip (traits taken before a change do not describe the text any more, but when they say "may change"
    /// the pass is called anyway and a new scan would be wasted). A new scan costs about 3 ns a character, less than
    /// calling the passes it lets the cascade skip: after a date or a number is read, most of the passes after it find
    /// nothing (measured on the typical article's reading windows).
    /// </summary>
    public static string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var keys = LexiconKeyWords.For(context.Lexicon);
        var traits = TextTraits.Of(text, keys);
        var current = true;
        for (var i = 0; i < Passes.Length; i++)
        {
            var pass = Passes[i];
            // Traits taken before a change that already say "may change" are not worth a new scan: the pass runs anyway.
            if (!current && !pass.MayChange(traits))
            {
                traits = TextTraits.Of(text, keys);
                current = true;
            }

            if (current && !pass.MayChange(traits))
            {
                continue;
            }

            var spoken = pass.Apply(text, context);
            current &= ReferenceEquals(spoken, text);
            text = spoken;
        }

        return text;
    }

    /// <summary>Every pass on the text, none skipped: what <see cref="Apply"/> must always give (for the tests).</summary>
    internal static string ApplyAll(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var pass in Passes)
        {
            text = pass.Apply(text, context);
        }

        return text;
    }
}
