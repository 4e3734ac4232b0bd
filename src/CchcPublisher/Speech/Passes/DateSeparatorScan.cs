namespace CchcPublisher.Speech.Passes;

/// <summary>The separators <see cref="DatePass"/> asks about (<see cref="DateSeparatorScan"/>).</summary>
[Flags]
internal enum DateSeparator : byte
{
    Slash = 1,
    Dash = 2,
    Dot = 4,
    Any = Slash | Dash | Dot,
}

/// <summary>
/// <see cref="TextChecks.DigitSeparatorDigit"/> for "/", "-" and "." at once: one scan of a text records, for each
/// separator, the most digits (up to four) that follow "a digit, white space, the separator, white space" anywhere in
/// it. <see cref="DatePass"/> asks up to sixteen such questions of the same text, each of which was a scan of its
/// own; the scan is taken again only when the text is another string (a step changed it).
/// </summary>
internal struct DateSeparatorScan
{
    private const int Enough = 4; // the most digits any question asks for (a year)

    private string? _scanned;
    private int _slash;
    private int _dash;
    private int _dot;

    /// <summary>
    /// What <c>TextChecks.DigitSeparatorDigit(text, separators, digitsAfter)</c> says, for <paramref name="digitsAfter"/>
    /// from 1 to 4.
    /// </summary>
    public bool Has(string text, DateSeparator separators, int digitsAfter = 1)
    {
        System.Diagnostics.Debug.Assert(digitsAfter is >= 1 and <= Enough, "Only up to four digits are recorded.");
        if (!ReferenceEquals(text, _scanned))
        {
            Scan(text);
        }

        return ((separators & DateSeparator.Slash) != 0 && _slash >= digitsAfter)
            || ((separators & DateSeparator.Dash) != 0 && _dash >= digitsAfter)
            || ((separators & DateSeparator.Dot) != 0 && _dot >= digitsAfter);
    }

    private void Scan(string text)
    {
        _scanned = text;
        (_slash, _dash, _dot) = (0, 0, 0);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            // The end of the next run of digits, as TextChecks reads them (ASCII 0–9, runs taken whole).
            var start = span[i..].IndexOfAnyInRange('0', '9');
            if (start < 0)
            {
                return;
            }

            i += start;
            var end = span[i..].IndexOfAnyExceptInRange('0', '9');
            i = end < 0 ? span.Length : i + end;

            var j = TextChecks.SkipSpace(span, i);
            if (j >= span.Length || span[j] is not ('/' or '-' or '.'))
            {
                continue;
            }

            var separator = span[j];
            j = TextChecks.SkipSpace(span, j + 1);
            var run = 0;
            while (j + run < span.Length && char.IsAsciiDigit(span[j + run]) && run < Enough)
            {
                run++;
            }

            switch (separator)
            {
                case '/':
                    _slash = Math.Max(_slash, run);
                    break;
                case '-':
                    _dash = Math.Max(_dash, run);
                    break;
                default:
                    _dot = Math.Max(_dot, run);
                    break;
            }
        }
    }
}
