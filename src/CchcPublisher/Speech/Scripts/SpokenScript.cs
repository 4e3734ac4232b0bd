namespace CchcPublisher.Speech.Scripts;

/// <summary>
/// An article made ready to be read aloud: the spoken title and the body in paragraphs of sentences.
/// </summary>
internal sealed record SpokenScript(string Title, IReadOnlyList<SpokenParagraph> Paragraphs)
{
    public int Syllables
    {
        get
        {
            var syllables = SpeechText.CountSyllables(Title);
            foreach (var paragraph in Paragraphs)
            {
                syllables += paragraph.Syllables;
            }

            return syllables;
        }
    }

    /// <summary>Title, then paragraphs, with <paramref name="paragraphPause"/> between each.</summary>
    public IReadOnlyList<SpeechSegment> ToSegments(TimeSpan paragraphPause)
    {
        var segments = new List<SpeechSegment>(1 + (2 * Paragraphs.Count)) { new SpokenParagraph([Title]) };
        var pause = new SpeechPause(paragraphPause); // a record: one instance serves every gap
        foreach (var paragraph in Paragraphs)
        {
            segments.Add(pause);
            segments.Add(paragraph);
        }

        return segments;
    }

    /// <summary>The script as an announcer reads it: title, blank line, paragraphs separated by blank lines.</summary>
    public string ToPlainText() => SpeechDocument.ToPlainText(Title, Paragraphs);
}
