namespace CchcPublisher.UnitTests.Speech.Corpus;

/// <summary>One written phrase of the corpus and the spoken forms a careful announcer may say.</summary>
/// <param name="Location">File and line, for failure messages.</param>
/// <param name="Source">The public page the phrase comes from (the last <c>@</c> line above it).</param>
public sealed record SpeechCorpusCase(string Location, string Source, string Written, IReadOnlyList<string> Spoken)
{
    public override string ToString() => $"{Location} «{Written}»";
}
