using System.Text;

namespace CchcPublisher.Speech.Scripts;

/// <summary>One piece of something to be read aloud: a paragraph of sentences or a pause.</summary>
internal abstract record SpeechSegment;

/// <summary>A paragraph of speech-ready sentences (no digits, acronyms or symbols).</summary>
internal sealed record SpokenParagraph(IReadOnlyList<string> Sentences) : SpeechSegment
{
    public string Text => string.Join(' ', Sentences);

    public int Syllables
    {
        get
        {
            var syllables = 0;
            for (var i = 0; i < Sentences.Count; i++)
            {
                syllables += SpeechText.CountSyllables(Sentences[i]);
            }

            return syllables;
        }
    }

    /// <summary>Appends <see cref="Text"/> without making it.</summary>
    public void AppendText(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Sentences[i]);
        }
    }
}

/// <summary>A silence: between paragraphs, between programme items.</summary>
internal sealed record SpeechPause(TimeSpan Duration) : SpeechSegment;
