using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Hosting;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Speech;

/// <summary>
/// The normalizer the application uses: configured style, built-in lexicon plus the commune's
/// <c>content/radio/abbreviations.yaml</c>. The file is re-read when it changes, so an official can add an
/// abbreviation while the service runs. Problems in the file are logged and the good entries still apply.
/// The file's time stamp is looked at again at most once per <see cref="RecheckInterval"/>: a radio script asks for
/// the normalizer once per article, and a file system call per article cost more than reading its numbers.
/// </summary>
internal sealed class ContentSpeechNormalizer(
    IOptions<SpeechOptions> options,
    IOptions<PathOptions> paths,
    ILogger<ContentSpeechNormalizer> logger,
    TimeProvider? time = null) : ISpeechNormalizer
{
    /// <summary>How long a look at the file's time stamp holds: an edit is used from the next script after it.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly string _path = Path.Combine(paths.Value.ContentRoot, SpeechLexiconLoader.ContentFile);
    private readonly Lock _gate = new();
    private (DateTime? Stamp, SpeechNormalizer Normalizer, IReadOnlyList<Diagnostic> Diagnostics)? _current;
    private long _lookedAt;

    /// <summary>Problems found in the abbreviation file at the last (re)load.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Current().Diagnostics;

    public string Normalize(string text) => Current().Normalizer.Normalize(text);

    public void AddSentences(ReadOnlySpan<char> text, List<string> sentences) => Current().Normalizer.AddSentences(text, sentences);

    /// <summary>The normalizer of the lexicon as it is now (the file is checked once, here, not once per text).</summary>
    public ISpeechNormalizer Snapshot() => Current().Normalizer;

    private (DateTime? Stamp, SpeechNormalizer Normalizer, IReadOnlyList<Diagnostic> Diagnostics) Current()
    {
        var now = _time.GetTimestamp();
        lock (_gate)
        {
            if (_current is { } recent && _time.GetElapsedTime(_lookedAt, now) < RecheckInterval)
            {
                return recent;
            }
        }

        var path = _path;
        var file = new FileInfo(path);
        DateTime? stamp = file.Exists ? file.LastWriteTimeUtc : null;
        lock (_gate)
        {
            _lookedAt = now;
            if (_current is { } current && current.Stamp == stamp)
            {
                return current;
            }

            var (lexicon, diagnostics) = SpeechLexiconLoader.LoadForContent(paths.Value.ContentRoot);
            foreach (var diagnostic in diagnostics)
            {
                logger.LexiconProblem(diagnostic.ToString());
            }

            if (stamp is not null)
            {
                logger.LexiconLoaded(path, lexicon.Abbreviations.Count);
            }

            _current = (stamp, new SpeechNormalizer(new SpeechContext(options.Value.ToNumberStyle(), lexicon)), diagnostics);
            return _current.Value;
        }
    }
}
