using System.Text;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;
using CchcPublisher.Speech.Tokens;

namespace CchcPublisher.Speech;

/// <summary>
/// The normalizer, in one pass over the tokens of the text (see docs/radio.md, "Design"):
/// <list type="number">
/// <item><see cref="SpeechTokenizer"/> splits the text into spans (words, white space, punctuation, other).</item>
/// <item>Each token is classified in its context: <em>plain</em> (a word read as written, a single space, a
/// punctuation mark between a word and a space) or <em>to read</em> (digits, symbols, acronyms, Roman numerals,
/// lexicon words, malformed punctuation or spacing).</item>
/// <item>Plain tokens are copied into a pooled builder; white space is tidied on the way (one space, none before
/// a line break). A token to read opens a <em>reading window</em> of up to <see cref="ContextWords"/> words on each
/// side (the trigger words: "ngày", "số", "gọi", "từ … đến"; "ngày … của" after a document symbol), also across
/// line breaks (PDF text wraps symbols and dates); windows that reach each other merge, and each window is read by <see cref="PassCascade"/>.</item>
/// </list>
/// Most words of a news text are plain, so most of the text is copied once instead of being scanned by every pass.
/// </summary>
internal sealed class SpeechNormalizer(SpeechContext context) : ISpeechNormalizer
{
    /// <summary>Words of context on each side of a token to read (the longest trigger phrase is four words).</summary>
    public const int ContextWords = 6;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly PlainWords _plain = PlainWords.For(context.Lexicon);

    /// <summary>A normalizer with the built-in lexicon and the default (Northern broadcast) style.</summary>
    public static SpeechNormalizer Default { get; } = new(new SpeechContext(NumberStyle.Default, SpeechLexiconLoader.BuiltIn));

    public string Normalize(string text) => Normalize(text, null);

    /// <summary>
    /// The spoken form; when <paramref name="replacements"/> is given, each stretch of <paramref name="text"/> that
    /// was read differently from how it is written is added to it, in text order.
    /// </summary>
    public string Normalize(string text, List<SpeechReplacement>? replacements)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var scratch = Scratch.Take(text.Length);
        try
        {
            Write(scratch, text, replacements);
            return Trimmed(scratch.Builder);
        }
        finally
        {
            Scratch.GiveBack(scratch);
        }
    }

    /// <summary>
    /// Adds the sentences of the spoken form of <paramref name="text"/> to <paramref name="sentences"/>, the ones
    /// <see cref="Scripts.SentenceSplitter.Split(string)"/> of <see cref="Normalize(string)"/> gives, without making the
    /// spoken text as a string.
    /// </summary>
    public void AddSentences(ReadOnlySpan<char> text, List<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (text.Length == 0)
        {
            return;
        }

        var scratch = Scratch.Take(text.Length);
        try
        {
            Write(scratch, text, null);

            // The splitter trims every piece and drops white space between them, so the untrimmed text splits the same.
            var builder = scratch.Builder;
            var spoken = scratch.Spoken(builder.Length);
            builder.CopyTo(0, spoken, builder.Length);
            Scripts.SentenceSplitter.Split(spoken.AsSpan(0, builder.Length), sentences);
        }
        finally
        {
            Scratch.GiveBack(scratch);
        }
    }

    /// <summary>Writes the spoken form of <paramref name="text"/> (not yet trimmed) into the scratch's builder.</summary>
    private void Write(Scratch scratch, ReadOnlySpan<char> text, List<SpeechReplacement>? replacements)
    {
        var builder = scratch.Builder;
        var count = SpeechTokenizer.Tokenize(text, scratch.Tokens);
        var tokens = scratch.Tokens.AsSpan(0, count);
        var plain = scratch.Plain.AsSpan(0, count);
        for (var t = 0; t < count; t++)
        {
            plain[t] = IsPlain(text, tokens, t);
        }

        // A window whose context reaches the previous window joins it, so that windows never touch.
        var written = 0;
        var (pendingFirst, pendingLast) = (-1, -1);
        var i = 0;
        while (i < count)
        {
            if (plain[i])
            {
                i++;
                continue;
            }

            var (first, reached) = WindowStart(tokens, i, pendingFirst >= 0 ? pendingLast + 1 : 0);
            var last = WindowEnd(tokens, plain, i);
            if (pendingFirst >= 0 && reached)
            {
                pendingLast = last;
            }
            else
            {
                if (pendingFirst >= 0)
                {
                    written = Read(builder, text, tokens, written, pendingFirst, pendingLast, replacements);
                }

                (pendingFirst, pendingLast) = (first, last);
            }

            i = last + 1;
        }

        if (pendingFirst >= 0)
        {
            written = Read(builder, text, tokens, written, pendingFirst, pendingLast, replacements);
        }

        AppendPlain(builder, text, tokens[written..]);
    }

    /// <summary>
    /// First token of the window around the token to read at <paramref name="at"/>: <see cref="ContextWords"/>
    /// words back (across line breaks: a document symbol or a date is often wrapped), and not before <paramref name="boundary"/> (the end of the previous
    /// window, or the start); whether the walk stopped at that boundary.
    /// </summary>
    private static (int First, bool ReachedBoundary) WindowStart(ReadOnlySpan<SpeechToken> tokens, int at, int boundary)
    {
        var words = 0;
        for (var j = at - 1; j >= boundary; j--)
        {
            if (tokens[j].Kind == SpeechTokenKind.Word && ++words == ContextWords)
            {
                return (j, false);
            }
        }

        return (boundary, true);
    }

    /// <summary>Writes the plain tokens before the window, then the window as the passes read it; returns the next token.</summary>
    private int Read(
        StringBuilder builder, ReadOnlySpan<char> text, ReadOnlySpan<SpeechToken> tokens, int written, int first, int last, List<SpeechReplacement>? replacements)
    {
        AppendPlain(builder, text, tokens[written..first]);
        var start = tokens[first].Start;
        var original = text[start..tokens[last].End].ToString();
        var spoken = PassCascade.Apply(original, context);
        builder.Append(spoken);
        if (replacements is not null && !string.Equals(original, spoken, StringComparison.Ordinal))
        {
            replacements.Add(new SpeechReplacement(start, original.Length, spoken));
        }

        return last + 1;
    }

    /// <summary>
    /// Last token of the window: <see cref="ContextWords"/> words after the last token to read (each one found
    /// extends the window; line breaks count as nothing), or the last token.
    /// </summary>
    private static int WindowEnd(ReadOnlySpan<SpeechToken> tokens, ReadOnlySpan<bool> plain, int at)
    {
        var last = at;
        var words = 0;
        for (var j = at + 1; j < tokens.Length; j++)
        {
            var token = tokens[j];
            if (!plain[j])
            {
                words = 0;
                last = j;
                continue;
            }

            if (token.Kind == SpeechTokenKind.Word)
            {
                last = j;
                if (++words == ContextWords)
                {
                    break;
                }
            }
        }

        return last;
    }

    private bool IsPlain(ReadOnlySpan<char> text, ReadOnlySpan<SpeechToken> tokens, int i)
    {
        var token = tokens[i];
        switch (token.Kind)
        {
            case SpeechTokenKind.Word:
                return _plain.IsPlain(text.Slice(token.Start, token.Length), token.Capitals);
            case SpeechTokenKind.Space:
                // A space before punctuation is removed by the passes' tidying; leave that to them.
                return i + 1 >= tokens.Length || tokens[i + 1].Kind != SpeechTokenKind.Punctuation;
            case SpeechTokenKind.Punctuation:
            {
                var mark = text[token.Start];
                if (i == 0 || tokens[i - 1].Kind != SpeechTokenKind.Word || _plain.StartsKey(mark))
                {
                    return false;
                }

                if (i + 1 >= tokens.Length)
                {
                    return mark != ',';
                }

                var next = tokens[i + 1];
                if (next.Kind != SpeechTokenKind.Space)
                {
                    return false;
                }

                // "," before a line break or at the end is dropped by the passes; after a space a word must follow.
                return mark != ','
                    ? i + 2 >= tokens.Length || tokens[i + 2].Kind == SpeechTokenKind.Word || next.Newline
                    : !next.Newline && i + 2 < tokens.Length && tokens[i + 2].Kind == SpeechTokenKind.Word;
            }

            default:
                return false;
        }
    }

    /// <summary>
    /// Plain tokens as they are said. A word, a punctuation mark and a single space are said as written, so a run of them
    /// is copied in one piece; other white space is tidied token by token.
    /// </summary>
    private static void AppendPlain(StringBuilder builder, ReadOnlySpan<char> text, ReadOnlySpan<SpeechToken> tokens)
    {
        var run = -1;
        foreach (var token in tokens)
        {
            if (token.Kind != SpeechTokenKind.Space || (token.Length == 1 && text[token.Start] == ' '))
            {
                run = run < 0 ? token.Start : run;
                continue;
            }

            if (run >= 0)
            {
                builder.Append(text[run..token.Start]);
                run = -1;
            }

            AppendPlain(builder, text, token);
        }

        if (run >= 0)
        {
            builder.Append(text[run..tokens[^1].End]);
        }
    }

    /// <summary>A plain token as it is said: white space as one space, or the line breaks it holds.</summary>
    private static void AppendPlain(StringBuilder builder, ReadOnlySpan<char> text, SpeechToken token)
    {
        if (token.Kind != SpeechTokenKind.Space)
        {
            builder.Append(text.Slice(token.Start, token.Length));
            return;
        }

        if (!token.Newline)
        {
            var onlyCarriageReturns = true;
            for (var k = token.Start; k < token.End && onlyCarriageReturns; k++)
            {
                onlyCarriageReturns = text[k] == '\r';
            }

            if (!onlyCarriageReturns)
            {
                builder.Append(' ');
            }

            return;
        }

        // Spaces before a line break go; spaces after the last one become one space; '\r' goes.
        var pendingSpace = false;
        for (var k = token.Start; k < token.End; k++)
        {
            switch (text[k])
            {
                case '\n':
                    builder.Append('\n');
                    pendingSpace = false;
                    break;
                case ' ' or '\t':
                    pendingSpace = true;
                    break;
            }
        }

        if (pendingSpace)
        {
            builder.Append(' ');
        }
    }

    private static string Trimmed(StringBuilder builder)
    {
        var start = 0;
        while (start < builder.Length && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }

    /// <summary>
    /// One thread's buffers for a normalization (the builder, the tokens, the plain-token flags and the spoken characters
    /// for the sentence splitter), taken whole by a call and given back after it: one thread-local read per block of text
    /// instead of one per buffer from the shared pools. A call made while the buffers are taken (none today) gets new ones.
    /// </summary>
    private sealed class Scratch
    {
        /// <summary>Buffers that grew past this many characters are let go instead of kept.</summary>
        private const int MaxKept = 1 << 20;

        private char[] _spoken = [];

        private Scratch(int length)
        {
            Builder = new StringBuilder(length + 256);
            Tokens = new SpeechToken[Math.Max(length, 256)];
            Plain = new bool[Tokens.Length];
        }

        public StringBuilder Builder { get; }

        /// <summary>At least one token per character of the text (what <see cref="SpeechTokenizer.Tokenize"/> may write).</summary>
        public SpeechToken[] Tokens { get; private set; }

        public bool[] Plain { get; private set; }

        public static Scratch Take(int length)
        {
            var scratch = t_scratch ?? new Scratch(length);
            t_scratch = null;
            scratch.Builder.Clear();
            if (scratch.Tokens.Length < length)
            {
                scratch.Tokens = new SpeechToken[Math.Max(length, scratch.Tokens.Length * 2)];
                scratch.Plain = new bool[scratch.Tokens.Length];
            }

            return scratch;
        }

        public static void GiveBack(Scratch scratch)
        {
            if (scratch.Builder.Capacity <= MaxKept && scratch.Tokens.Length <= MaxKept && scratch._spoken.Length <= MaxKept)
            {
                t_scratch = scratch;
            }
        }

        /// <summary>A character buffer of at least <paramref name="length"/>.</summary>
        public char[] Spoken(int length)
        {
            if (_spoken.Length < length)
            {
                _spoken = new char[Math.Max(length, _spoken.Length * 2)];
            }

            return _spoken;
        }
    }
}
