using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.Speech;

/// <summary>
/// The normalizer: a fixed pipeline of small passes. The order matters and follows one rule: a pass that
/// reads a larger written form runs before the passes that read its parts (document symbols before dates,
/// year ranges before month/year, dates before proportions, everything numeric before plain cardinals,
/// abbreviations before spelling of unknown capitals, symbols last).
/// </summary>
internal sealed class SpeechNormalizer(SpeechContext context) : ISpeechNormalizer
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

    /// <summary>A normalizer with the built-in lexicon and the default (Northern broadcast) style.</summary>
    public static SpeechNormalizer Default { get; } = new(new SpeechContext(NumberStyle.Default, SpeechLexiconLoader.BuiltIn));

    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var pass in Passes)
        {
            text = pass.Apply(text, context);
        }

        return text;
    }
}
