using System.Globalization;
using System.Text;

namespace CchcPublisher.Plan.Reports;

/// <summary>
/// How wide a text is in Times New Roman (and its metric twin Liberation Serif, which LibreOffice uses in its place),
/// from the fonts' advance widths in thousandths of an em, so table columns can be sized to their longest word: a
/// character count underestimates capitals and digits ("TT", "10", "NV01") and words then break inside a cell.
/// Vietnamese letters are measured as their base letter (the marks sit above or below it); the horn of ơ and ư
/// widens the letter a little.
/// </summary>
internal static class TimesNewRomanMetrics
{
    // Advance widths of the printable ASCII characters, ' ' (32) to '~' (126).
    private static readonly short[] Regular =
    [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space ! " # $ % & ' ( ) * + , - . /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0-9 : ; < = > ?
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ A-O
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P-Z [ \ ] ^ _
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` a-o
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,      // p-z { | } ~
    ];

    private static readonly short[] Bold =
    [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
        930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
        333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
    ];

    private const int Horn = 60;
    private const int Unknown = 1000; // wider than any letter: an unknown character never makes a column too narrow

    /// <summary>The width of <paramref name="text"/> in twips at <paramref name="halfPoints"/> (Word's font size unit).</summary>
    public static int Twips(string text, int halfPoints, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        long thousandths = 0;
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            thousandths += Advance(rune, bold);
        }

        // thousandths of an em × (halfPoints / 2) points × 20 twips a point
        return (int)Math.Ceiling(thousandths * halfPoints / 100.0);
    }

    private static int Advance(Rune rune, bool bold)
    {
        var value = rune.Value;
        if (value is >= 32 and <= 126)
        {
            return (bold ? Bold : Regular)[value - 32];
        }

        if (value == 0x031B)
        {
            return Horn; // combining horn: ơ, ư
        }

        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return 0;
        }

        return value switch
        {
            'đ' => bold ? 556 : 500,
            'Đ' => 722,
            '–' or '’' or '‘' => 500,
            '“' or '”' => bold ? 500 : 444,
            '—' or '…' => 1000,
            '≥' or '≤' => 549,
            '\u00A0' => 250,
            _ => Unknown,
        };
    }
}
