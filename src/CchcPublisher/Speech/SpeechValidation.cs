using CchcPublisher.Channels;
using CchcPublisher.Content;
using CchcPublisher.Content.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Speech;

/// <summary>What <c>validate</c> checks for the radio: words in capitals the loudspeaker would spell.</summary>
internal static class SpeechValidation
{
    /// <summary>
    /// Warnings for the articles that go to the radio, at the line and column of each word, using the commune's
    /// lexicon (so a word just added to <c>content/radio/abbreviations.yaml</c> is no longer reported).
    /// </summary>
    public static IReadOnlyList<Diagnostic> UnreadableCapitals(ContentSnapshot snapshot, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var normalizer = services.GetService<ISpeechNormalizer>();
        if (normalizer is null)
        {
            return [];
        }

        var readableAlone = new Dictionary<string, bool>(StringComparer.Ordinal);
        var found = new List<Diagnostic>();
        foreach (var article in snapshot.Articles.Where(a => a.Channels.Contains(ChannelNames.Radio, StringComparer.Ordinal)))
        {
            if (!article.TryLoadBody())
            {
                continue; // edited since the listing: the next validation reads the new version
            }

            found.AddRange(Speech.UnreadableCapitals.Find(article.Body, article.RelativePath, article.BodyLine, normalizer, readableAlone));
            article.ReleaseDocument(); // a body read from its file is let go: 100,000 articles are validated one at a time
        }

        return found;
    }
}
