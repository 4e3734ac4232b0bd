namespace CchcPublisher.Speech.Passes;

/// <summary>The facts of <see cref="TextTraits"/> that are not single characters: pairs, runs and classes of characters.</summary>
[Flags]
internal enum TextTrait : uint
{
    None = 0,

    /// <summary>A character from U+0080 on that is not a letter of <see cref="Tokens.SpeechTokenizer.IsLetter"/>.</summary>
    OtherCharacter = 1 << 0,

    /// <summary>Two spaces in a row.</summary>
    DoubleSpace = 1 << 1,

    /// <summary>"./.", the end-of-document mark.</summary>
    DotSlashDot = 1 << 2,

    /// <summary>"w." or "W." (what "www." needs).</summary>
    WDot = 1 << 3,

    /// <summary>":/" (what "://" needs).</summary>
    ColonSlash = 1 << 4,

    /// <summary>A "." right before an ASCII letter ("hoaan.gov").</summary>
    DotLetter = 1 << 5,

    /// <summary>"/" then, after white space, A–Z or Đ (<see cref="TextChecks.MarkThen"/>: a document symbol's code).</summary>
    SlashCode = 1 << 6,

    /// <summary>A digit, white space, "/", white space, a digit (<see cref="TextChecks.DigitSeparatorDigit"/>); same below.</summary>
    DigitSlashDigit = 1 << 7,
    DigitDashDigit = 1 << 8,
    DigitDotDigit = 1 << 9,
    DigitCommaDigit = 1 << 10,
    DigitColonDigit = 1 << 11,

    /// <summary>A "0" after white space and before a digit (a number with a leading zero).</summary>
    SpaceZeroDigit = 1 << 12,

    /// <summary>"vự" (what "khu vực" needs).</summary>
    Vuc = 1 << 13,

    /// <summary>A run of I V X L C D M that opens the text or follows white space and is followed by no letter or number.</summary>
    StandaloneRoman = 1 << 14,

    /// <summary>A run of letters (<see cref="CapitalizedWordPass"/>'s) with two capitals or more.</summary>
    TwoCapitalsInWord = 1 << 15,

    /// <summary>
    /// A word or a character where a lexicon key with fewer than two capitals may start (<see cref="LexiconKeyWords"/>);
    /// keys with two capitals or more are covered by <see cref="TwoCapitalsInWord"/>.
    /// </summary>
    MayStartKey = 1 << 16,

    /// <summary>Something <see cref="SymbolPass"/>'s tidying may change (see <see cref="SymbolPass.MayNeedTidying"/>), or white space at an end.</summary>
    MayNeedTidying = 1 << 17,

    /// <summary>
    /// A word (a whole run of <see cref="Tokens.SpeechTokenizer.IsLetter"/> letters) "quý" or "Quý": what <see cref="QuarterPass"/>
    /// needs (its keyword has no letter before it and white space after it, so it is such a word); same below.
    /// </summary>
    QuarterWord = 1 << 18,

    /// <summary>The word "tháng" or "Tháng" (<see cref="MonthPass"/>).</summary>
    MonthWord = 1 << 19,

    /// <summary>The word "thứ", "Thứ", "hạng" or "Hạng" (<see cref="OrdinalPass"/>).</summary>
    OrdinalWord = 1 << 20,

    /// <summary>The word "giờ" (<see cref="TimePass"/>'s "giờ 00").</summary>
    HourWord = 1 << 21,

    /// <summary>
    /// A run of digits followed by what <see cref="MoneyPass"/> needs after an amount (<see cref="MoneyPass.MayFollowAmount"/>):
    /// "t" or "k" right after it, or after white space a currency or a scale word.
    /// </summary>
    AmountWordAfterNumber = 1 << 22,

    /// <summary>A run of digits followed, after white space, by a unit or a scale word (<see cref="MeasurePass.MayFollowQuantity"/>).</summary>
    UnitAfterNumber = 1 << 23,

    /// <summary>"/" then, after white space, "km2", "m2" or "m3" (what <see cref="MeasurePass"/>'s "25 con/m2" needs).</summary>
    SlashAreaUnit = 1 << 24,
}
