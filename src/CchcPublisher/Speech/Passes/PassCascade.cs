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

    public static string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var pass in Passes)
        {
            text = pass.Apply(text, context);
        }

        return text;
    }
}
