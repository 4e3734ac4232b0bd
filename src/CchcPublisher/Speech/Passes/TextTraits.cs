namespace CchcPublisher.Speech.Passes;

/// <summary>
/// What one scan of a text says about it, for <see cref="ISpeechPass.MayChange"/>: which ASCII characters occur, which
/// follow a run of digits, how many digits there are, and a few pairs and runs the passes' first tests look for. Each
/// fact is exact or errs on the side of "present", so a pass told it cannot change the text really cannot.
/// <para>
/// Digits are ASCII 0–9 and white space is <see cref="char.IsWhiteSpace(char)"/>, as in <see cref="TextChecks"/>.
/// Letters are <see cref="Tokens.SpeechTokenizer.IsLetter"/> (ASCII and the precomposed letters Vietnamese writes);
/// any other character from U+0080 on counts as <see cref="TextTrait.OtherCharacter"/>.
/// </para>
/// <para>
/// <see cref="Characters"/> holds the ASCII characters other than letters that occur (letters are skipped: most of a text);
/// <see cref="AfterDigits"/> the first character after each run of digits and its white space, ASCII or (bit 127) not.
/// </para>
/// </summary>
internal readonly record struct TextTraits(TextTrait Flags, UInt128 Characters, UInt128 AfterDigits, int DigitCount, int LongestDigitRun)
{
    /// <summary>The ASCII characters of <paramref name="chars"/> as a mask for <see cref="Characters"/> and <see cref="AfterDigits"/>.</summary>
    public static UInt128 Mask(string chars)
    {
        ArgumentNullException.ThrowIfNull(chars);
        var mask = UInt128.Zero;
        foreach (var c in chars)
        {
            mask |= c < 128 ? UInt128.One << c : throw new ArgumentException($"'{c}' is not ASCII.", nameof(chars));
        }

        return mask;
    }

    public bool Has(TextTrait trait) => (Flags & trait) != 0;

    /// <summary>Some character of <paramref name="mask"/>, which holds no letter (<see cref="Characters"/> does not record them), occurs.</summary>
    public bool HasAny(UInt128 mask)
    {
        System.Diagnostics.Debug.Assert((mask & AsciiLetters) == UInt128.Zero, "Letters are not recorded.");
        return (Characters & mask) != UInt128.Zero;
    }

    private static readonly UInt128 AsciiLetters = Mask("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Some character of <paramref name="mask"/> follows a run of digits, after white space (<see cref="TextChecks.DigitThen"/>).</summary>
    public bool HasAfterDigits(UInt128 mask) => (AfterDigits & mask) != UInt128.Zero;

    public bool HasDigit => DigitCount > 0;

    /// <summary>In <see cref="AfterDigits"/>: a character from U+0080 on (or DEL) follows a run of digits.</summary>
    public static UInt128 NonAscii { get; } = UInt128.One << 127;

    /// <summary>
    /// The traits of <paramref name="text"/>, with whether a word or a character of it can start a key of the lexicon of
    /// <paramref name="keys"/> (<see cref="TextTrait.MayStartKey"/>).
    /// </summary>
    public static TextTraits Of(string text, LexiconKeyWords keys) => Scan<WithShortcuts>(text, keys);

    /// <summary><see cref="Of"/> with every character taken by the general steps, none by a shortcut (for the tests).</summary>
    internal static TextTraits OfWithoutShortcuts(string text, LexiconKeyWords keys) => Scan<WithoutShortcuts>(text, keys);

    /// <summary>
    /// The scan. The general steps handle any character; the shortcuts before them take the common cases (letters inside a
    /// word, the space after a word, a digit inside a number, a space after a number or a mark, a number or a capitalized
    /// word starting after white space) with only the steps that can hold for them. <typeparamref name="TShortcuts"/> switches them off for the tests, which hold the two to the same
    /// answer (the compiler makes one copy of the scan for each, with the test folded away).
    /// </summary>
    private static TextTraits Scan<TShortcuts>(string text, LexiconKeyWords keys)
        where TShortcuts : struct, IShortcuts
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(keys);
        var flags = TextTrait.None;
        var (low, high) = (0UL, 0UL);
        var afterDigits = UInt128.Zero;
        var digits = 0;
        var run = 0;
        var longest = 0;

        // A digit run then only white space; the separator seen then (after white space), waiting for a digit.
        var afterDigit = false;
        var pendingSeparator = '\0';

        // Capitals in the current letter run (CapitalizedWordPass's letters), start of the current word (tokenizer letters).
        var capitals = 0;
        var wordStart = -1;

        // A run of Roman numeral letters that can stand alone so far (started the text or after white space).
        var romanRun = RomanRun.None;

        var prev2 = '\0';
        var prev = '\0';
        var prevNonWhite = '\0';
        var prevClass = Class.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var cls = c < Classes.Length ? Classes[c] : ClassOf(c);

            // Most characters are small letters inside a word: after a letter nothing below can hold but "vự". The rest
            // of the run of small letters is skipped in one loop.
            if (TShortcuts.On && cls == (Class.Letter | Class.WordLetter) && (prevClass & Class.WordLetter) != 0)
            {
                var end = SmallLettersEnd(text, i, ref flags);
                romanRun = RomanRun.None;
                i = end - 1;
                (prev2, prev, prevClass) = (text[i - 1], text[i], Class.Letter | Class.WordLetter);
                prevNonWhite = prev;
                continue;
            }

            // A capital inside a word ("UBND"): one more capital in the word, maybe a Roman numeral glued to a letter.
            if (TShortcuts.On && cls == (Class.Letter | Class.WordLetter | Class.Upper) && (prevClass & Class.WordLetter) != 0)
            {
                flags |= ++capitals == 2 ? TextTrait.TwoCapitalsInWord : TextTrait.None;
                romanRun = c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M') ? RomanRun.None
                    : romanRun != RomanRun.None ? romanRun : RomanRun.Glued;
                (prev2, prev, prevNonWhite, prevClass) = (prev, c, c, cls);
                continue;
            }

            // Next, a space after a word: it ends the word (and a Roman numeral), nothing else. Most of a window is words of
            // small letters between single spaces, so the words that follow are read here too, as long as that lasts. (No
            // number waits for what follows it and no separator waits for a digit here: a word letter has ended both.)
            if (TShortcuts.On && c == ' ' && (prevClass & Class.WordLetter) != 0)
            {
                low |= 1UL << ' ';
                while (true)
                {
                    capitals = 0;
                    flags |= EndWord(text, wordStart, i, keys) | (keys.StartsKey(' ') ? TextTrait.MayStartKey : TextTrait.None)
                        | (romanRun == RomanRun.Standalone ? TextTrait.StandaloneRoman : TextTrait.None);
                    romanRun = RomanRun.None;
                    var next = i + 1;
                    if (next >= text.Length || text[next] >= Classes.Length || Classes[text[next]] != (Class.Letter | Class.WordLetter))
                    {
                        wordStart = -1;
                        (prev2, prev, prevNonWhite, prevClass) = (text[i - 1], ' ', text[i - 1], Class.White);
                        break;
                    }

                    // A word of small letters starts after the space.
                    wordStart = next;
                    var end = SmallLettersEnd(text, next, ref flags);
                    if (end < text.Length && text[end] == ' ')
                    {
                        i = end;
                        continue;
                    }

                    i = end - 1;
                    (prev2, prev, prevNonWhite, prevClass) = (text[i - 1], text[i], text[i], Class.Letter | Class.WordLetter);
                    break;
                }

                continue;
            }

            // A space after anything but a word letter (a number, a mark, a space): no word is open, and a space is no digit,
            // mark, letter or Roman numeral, so of the steps below only these hold. A number or a separator still waits for
            // what follows the space.
            if (TShortcuts.On && c == ' ' && (prevClass & Class.WordLetter) == 0)
            {
                capitals = 0;
                flags |= keys.StartsKey(' ') ? TextTrait.MayStartKey : TextTrait.None;
                low |= 1UL << ' ';
                run = 0;
                if (prev == ' ')
                {
                    flags |= TextTrait.DoubleSpace | TextTrait.MayNeedTidying;
                }

                flags |= romanRun == RomanRun.Standalone ? TextTrait.StandaloneRoman : TextTrait.None;
                romanRun = RomanRun.None;
                (prev2, prev, prevClass) = (prev, ' ', Class.White);
                continue;
            }

            // A digit inside a number ("2026") or after white space: the general digit step, and nothing else below holds
            // (no word is open, a digit is no letter, mark, pair or Roman numeral, and the white space or digit before it
            // has already ended a Roman numeral and reset the capitals).
            if (TShortcuts.On && cls == Class.Digit && (prevClass == Class.Digit || prevClass == Class.White))
            {
                low |= 1UL << c;
                flags |= keys.StartsKey(c) ? TextTrait.MayStartKey : TextTrait.None;
                if (pendingSeparator != '\0')
                {
                    flags |= SeparatorTrait(pendingSeparator);
                    pendingSeparator = '\0';
                }

                afterDigit = true;
                digits++;
                longest = Math.Max(longest, ++run);
                if (prev == '0' && i >= 2 && char.IsWhiteSpace(prev2))
                {
                    flags |= TextTrait.SpaceZeroDigit;
                }

                (prev2, prev, prevNonWhite, prevClass) = (prev, c, c, cls);
                continue;
            }

            // A capital after white space, no number waiting: a word starts, maybe a Roman numeral or a code after "/".
            if (TShortcuts.On && cls == (Class.Letter | Class.WordLetter | Class.Upper) && prevClass == Class.White && !afterDigit)
            {
                flags |= ++capitals == 2 ? TextTrait.TwoCapitalsInWord : TextTrait.None;
                wordStart = wordStart < 0 ? i : wordStart;
                run = 0;
                pendingSeparator = '\0';
                if (prevNonWhite == '/' && c is (>= 'A' and <= 'Z') or 'Đ')
                {
                    flags |= TextTrait.SlashCode;
                }

                romanRun = c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M') ? RomanRun.None
                    : romanRun != RomanRun.None ? romanRun : RomanRun.Standalone;
                (prev2, prev, prevNonWhite, prevClass) = (prev, c, c, cls);
                continue;
            }

            // And a small letter after a space: it starts a word, maybe after a number.
            if (TShortcuts.On && cls == (Class.Letter | Class.WordLetter) && prev == ' ')
            {
                wordStart = i;
                if (afterDigit)
                {
                    afterDigits |= c < 128 ? UInt128.One << c : UInt128.One << 127;
                    flags |= AfterNumber(text.AsSpan(i), glued: false);
                    afterDigit = false;
                }

                pendingSeparator = '\0';
                (prev2, prev, prevNonWhite, prevClass) = (prev, c, c, cls);
                continue;
            }

            if ((cls & Class.Letter) == 0)
            {
                capitals = 0;
            }
            else if ((cls & Class.Upper) != 0 && ++capitals == 2)
            {
                flags |= TextTrait.TwoCapitalsInWord;
            }

            if ((cls & Class.WordLetter) != 0)
            {
                wordStart = wordStart < 0 ? i : wordStart;
            }
            else
            {
                if (wordStart >= 0)
                {
                    flags |= EndWord(text, wordStart, i, keys);
                    wordStart = -1;
                }

                if (keys.StartsKey(c))
                {
                    flags |= TextTrait.MayStartKey;
                }
            }

            if (c < 64)
            {
                low |= 1UL << c;
            }
            else if (c < 128)
            {
                high |= (cls & Class.Letter) == 0 ? 1UL << (c - 64) : 0;
            }
            else if ((cls & Class.WordLetter) == 0)
            {
                flags |= TextTrait.OtherCharacter;
            }
            else if (c == 'ự' && prev == 'v')
            {
                flags |= TextTrait.Vuc;
            }

            var white = (cls & Class.White) != 0;
            var punctuation = (cls & Class.Punctuation) != 0;

            // Digits: count, runs, what follows them, separators between them.
            if ((cls & Class.Digit) != 0)
            {
                if (pendingSeparator != '\0')
                {
                    flags |= SeparatorTrait(pendingSeparator);
                }

                pendingSeparator = '\0';
                afterDigit = true;
                digits++;
                longest = Math.Max(longest, ++run);
                if (prev == '0' && i >= 2 && char.IsWhiteSpace(prev2))
                {
                    flags |= TextTrait.SpaceZeroDigit;
                }
            }
            else
            {
                run = 0;
                if (!white)
                {
                    if (afterDigit)
                    {
                        afterDigits |= c < 128 ? UInt128.One << c : UInt128.One << 127;
                        flags |= AfterNumber(text.AsSpan(i), glued: (prevClass & Class.Digit) != 0);
                        pendingSeparator = c is '/' or '-' or '.' or ',' or ':' ? c : '\0';
                        afterDigit = false;
                    }
                    else
                    {
                        pendingSeparator = '\0';
                    }
                }
            }

            // Pairs.
            switch (c)
            {
                case ' ' when prev == ' ':
                    flags |= TextTrait.DoubleSpace;
                    break;
                case '.' when prev == '/' && prev2 == '.':
                    flags |= TextTrait.DotSlashDot;
                    break;
                case '.' when prev is 'w' or 'W':
                    flags |= TextTrait.WDot;
                    break;
                case '/' when prev == ':':
                    flags |= TextTrait.ColonSlash;
                    break;
                case (>= 'A' and <= 'Z') or 'Đ' when prevNonWhite == '/':
                    flags |= TextTrait.SlashCode;
                    break;
            }

            if (c == '/' && MeasurePass.AreaUnitAfterSlash(text.AsSpan(i + 1)))
            {
                flags |= TextTrait.SlashAreaUnit;
            }

            if (prev == '.' && char.IsAsciiLetter(c))
            {
                flags |= TextTrait.DotLetter;
            }

            // SymbolPass's tidying (see SymbolPass.MayNeedTidying): a space before white space or a mark, white space other
            // than a space or a line feed, a mark before a letter or a mark (or "," before a line feed), a line feed
            // before a mark, a mark first, "," last.
            var prevPunctuation = prev is '.' or ',' or ';' or ':' or '!' or '?';
            if ((prev == ' ' && (white || punctuation))
                || (white && c is not (' ' or '\n'))
                || (prevPunctuation && ((cls & Class.Letter) != 0 || punctuation || (prev == ',' && c == '\n')))
                || (prev == '\n' && punctuation)
                || (i == 0 && punctuation))
            {
                flags |= TextTrait.MayNeedTidying;
            }

            // Roman numerals standing alone (TextChecks.StandaloneRun with I V X L C D M).
            if (c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')
            {
                romanRun = romanRun != RomanRun.None ? romanRun : i == 0 || char.IsWhiteSpace(prev) ? RomanRun.Standalone : RomanRun.Glued;
            }
            else
            {
                if (romanRun == RomanRun.Standalone && !(char.IsLetter(c) || char.IsNumber(c)))
                {
                    flags |= TextTrait.StandaloneRoman;
                }

                romanRun = RomanRun.None;
            }

            if (!white)
            {
                prevNonWhite = c;
            }

            (prev2, prev, prevClass) = (prev, c, cls);
        }

        if (wordStart >= 0)
        {
            flags |= EndWord(text, wordStart, text.Length, keys);
        }

        if (romanRun == RomanRun.Standalone)
        {
            flags |= TextTrait.StandaloneRoman;
        }

        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text[^1] == ','))
        {
            flags |= TextTrait.MayNeedTidying;
        }

        return new TextTraits(flags, new UInt128(high, low), afterDigits, digits, longest);
    }

    /// <summary>
    /// The end of the run of small letters (<see cref="Class.Letter"/> and <see cref="Class.WordLetter"/> only) that starts at
    /// <paramref name="start"/>, a small letter after some character; adds <see cref="TextTrait.Vuc"/> for a "vự" in it.
    /// </summary>
    private static int SmallLettersEnd(string text, int start, ref TextTrait flags)
    {
        var classes = Classes;
        var i = start;
        do
        {
            if (text[i] == 'ự' && text[i - 1] == 'v')
            {
                flags |= TextTrait.Vuc;
            }

            i++;
        }
        while (i < text.Length && text[i] < classes.Length && classes[text[i]] == (Class.Letter | Class.WordLetter));

        return i;
    }

    private static TextTrait EndWord(string text, int start, int end, LexiconKeyWords keys)
    {
        var word = text.AsSpan(start, end - start);
        return (keys.MayBeKeyWord(word) ? TextTrait.MayStartKey : TextTrait.None)
            | (word.Length is >= 3 and <= 5 ? KeyWordTrait(word) : TextTrait.None);
    }

    /// <summary>The <see cref="TextTrait.QuarterWord"/>, <see cref="TextTrait.MonthWord"/>, <see cref="TextTrait.OrdinalWord"/> or <see cref="TextTrait.HourWord"/> that <paramref name="word"/> is, if any.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static TextTrait KeyWordTrait(ReadOnlySpan<char> word) => word.Length switch
    {
        3 when word[1] == 'u' && word[2] == 'ý' && word[0] is 'q' or 'Q' => TextTrait.QuarterWord,
        3 when word[1] == 'h' && word[2] == 'ứ' && word[0] is 't' or 'T' => TextTrait.OrdinalWord,
        3 when word[0] == 'g' && word[1] == 'i' && word[2] == 'ờ' => TextTrait.HourWord,
        4 when word[1] == 'ạ' && word[2] == 'n' && word[3] == 'g' && word[0] is 'h' or 'H' => TextTrait.OrdinalWord,
        5 when word[1] == 'h' && word[2] == 'á' && word[3] == 'n' && word[4] == 'g' && word[0] is 't' or 'T' => TextTrait.MonthWord,
        _ => TextTrait.None,
    };

    /// <summary>
    /// What follows a run of digits (and its white space), from its first character on: <paramref name="glued"/> when no white
    /// space is between them.
    /// </summary>
    private static TextTrait AfterNumber(ReadOnlySpan<char> rest, bool glued) =>
        (MoneyPass.MayFollowAmount(rest, glued) ? TextTrait.AmountWordAfterNumber : TextTrait.None)
        | (MeasurePass.MayFollowQuantity(rest) ? TextTrait.UnitAfterNumber : TextTrait.None);

    private static TextTrait SeparatorTrait(char separator) => separator switch
    {
        '/' => TextTrait.DigitSlashDigit,
        '-' => TextTrait.DigitDashDigit,
        '.' => TextTrait.DigitDotDigit,
        ',' => TextTrait.DigitCommaDigit,
        _ => TextTrait.DigitColonDigit,
    };

    /// <summary>Whether <see cref="Scan"/> takes its shortcuts: a type argument, so that each copy of the scan has it as a constant.</summary>
    private interface IShortcuts
    {
        static abstract bool On { get; }
    }

    private struct WithShortcuts : IShortcuts
    {
        public static bool On => true;
    }

    private struct WithoutShortcuts : IShortcuts
    {
        public static bool On => false;
    }

    private enum RomanRun
    {
        None,
        Standalone,
        Glued,
    }

    [Flags]
    private enum Class : byte
    {
        None = 0,

        /// <summary><see cref="CapitalizedWordPass"/>'s letters: the tokenizer's, or any <see cref="char.IsLetter(char)"/> from U+0080 on.</summary>
        Letter = 1,

        /// <summary><see cref="Tokens.SpeechTokenizer.IsLetter"/>: the letters of a word token.</summary>
        WordLetter = 2,

        /// <summary><see cref="Tokens.SpeechTokenizer.IsUpper"/> (only counted on letters).</summary>
        Upper = 4,
        Digit = 8,
        White = 16,
        Punctuation = 32,
    }

    /// <summary>Per character up to the Vietnamese letters (U+1EF9), as <see cref="ClassOf"/> says.</summary>
    private static readonly Class[] Classes = [.. Enumerable.Range(0, 0x1F00).Select(i => ClassOf((char)i))];

    private static Class ClassOf(char c)
    {
        var cls = Class.None;
        if (Tokens.SpeechTokenizer.IsLetter(c))
        {
            cls |= Class.Letter | Class.WordLetter;
        }
        else if (c > '\u007F' && char.IsLetter(c))
        {
            cls |= Class.Letter;
        }

        cls |= Tokens.SpeechTokenizer.IsUpper(c) ? Class.Upper : Class.None;
        cls |= char.IsAsciiDigit(c) ? Class.Digit : Class.None;
        cls |= char.IsWhiteSpace(c) ? Class.White : Class.None;
        cls |= c is '.' or ',' or ';' or ':' or '!' or '?' ? Class.Punctuation : Class.None;
        return cls;
    }
}
