namespace CchcPublisher.Speech.Passes;

/// <summary>How <see cref="DigitRuns.ReadAsCardinals"/> spaces a number it reads.</summary>
internal enum DigitRunSpacing
{
    /// <summary>A space on each side (was <c>\d+</c> → " $0 ").</summary>
    BothSides,

    /// <summary>A space only on a side a letter touches ("BĐ1" → "BĐ một").</summary>
    BesideLetters,
}
