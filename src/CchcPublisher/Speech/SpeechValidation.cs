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
        return snapshot.Articles
            .Where(a => a.Channels.Contains(ChannelNames.Radio, StringComparer.Ordinal))
            .SelectMany(a => Speech.UnreadableCapitals.Find(a.Body, a.RelativePath, a.BodyLine, normalizer, readableAlone))
            .ToList();
    }
}
