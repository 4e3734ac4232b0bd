using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Scripts;

/// <summary>
/// Splits speech into chunks whose plain text is at most a TTS provider's request limit (Zalo AI 2,000
/// characters, FPT.AI 5,000; Google counts 5,000 bytes, i.e. about 1,700–2,500 Vietnamese characters).
/// Chunks end only at sentence boundaries and keep paragraphs and pauses in order. A single sentence longer
/// than the limit (rare: radio sentences should stay under 40 syllables) is cut at commas, semicolons or
/// colons, and only as a last resort between words.
/// </summary>
internal static partial class ScriptChunker
{
    public static IReadOnlyList<ScriptChunk> Chunk(IEnumerable<SpeechSegment> segments, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 20);
        var chunks = new List<ScriptChunk>();
        var current = new List<SpeechSegment>();
        var currentSentences = new List<string>();
        var length = 0;

        void FlushParagraph()
        {
            if (currentSentences.Count > 0)
            {
                current.Add(new SpokenParagraph([.. currentSentences]));
                currentSentences.Clear();
            }
        }

        void FlushChunk()
        {
            FlushParagraph();
            if (current.OfType<SpokenParagraph>().Any())
            {
                chunks.Add(new ScriptChunk([.. current]));
            }

            current.Clear();
            length = 0;
        }

        foreach (var segment in segments)
        {
            if (segment is SpeechPause pause)
            {
                FlushParagraph();
                if (current.Count > 0)
                {
                    current.Add(pause);
                }

                continue;
            }

            if (segment is not SpokenParagraph paragraph)
            {
                continue;
            }

            FlushParagraph();
            var startsParagraph = true;
            foreach (var piece in paragraph.Sentences.SelectMany(s => Fit(s, maxCharacters)))
            {
                // Within a paragraph sentences are joined by a space; a new paragraph costs a blank line.
                var separator = length == 0 ? 0 : startsParagraph ? 2 : 1;
                if (length + separator + piece.Length > maxCharacters)
                {
                    FlushChunk();
                    separator = 0;
                }

                currentSentences.Add(piece);
                length += separator + piece.Length;
                startsParagraph = false;
            }
        }

        FlushChunk();
        return chunks;
    }

    /// <summary>The sentence itself when it fits, otherwise clauses (then word runs) that do.</summary>
    private static IEnumerable<string> Fit(string sentence, int max)
    {
        if (sentence.Length <= max)
        {
            return [sentence];
        }

        var pieces = new List<string>();
        var buffer = string.Empty;
        foreach (var clause in ClauseRegex().Split(sentence).Where(c => c.Length > 0))
        {
            foreach (var part in clause.Length <= max ? [clause] : Words(clause, max))
            {
                var candidate = buffer.Length == 0 ? part : buffer + " " + part;
                if (candidate.Length <= max)
                {
                    buffer = candidate;
                }
                else
                {
                    pieces.Add(buffer);
                    buffer = part;
                }
            }
        }

        if (buffer.Length > 0)
        {
            pieces.Add(buffer);
        }

        return pieces.Where(p => p.Length > 0);
    }

    private static IEnumerable<string> Words(string clause, int max)
    {
        var buffer = string.Empty;
        foreach (var word in clause.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = buffer.Length == 0 ? word : buffer + " " + word;
            if (candidate.Length > max && buffer.Length > 0)
            {
                yield return buffer;
                buffer = word;
            }
            else
            {
                buffer = candidate;
            }
        }

        if (buffer.Length > 0)
        {
            yield return buffer;
        }
    }

    // Split after , ; : keeping the mark with the clause before it.
    [GeneratedRegex(@"(?<=[,;:])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseRegex();
}
