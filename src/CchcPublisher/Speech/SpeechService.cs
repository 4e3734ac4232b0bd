using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Speech;

/// <summary>What <c>radio say</c> calls: the spoken form of text, one line at a time.</summary>
internal sealed class SpeechService(ISpeechNormalizer normalizer)
{
    /// <summary>Problems in <c>content/radio/abbreviations.yaml</c> (shown by the command on standard error).</summary>
    public IReadOnlyList<Diagnostic> LexiconDiagnostics => (normalizer as ContentSpeechNormalizer)?.Diagnostics ?? [];

    /// <summary>The spoken form of <paramref name="text"/> (<c>radio say TEXT</c>).</summary>
    public string Say(string text) => normalizer.Normalize(text);

    /// <summary>
    /// <c>radio say</c> without TEXT: reads <paramref name="input"/> to its end and writes exactly one line per
    /// input line (an empty line for an empty one), so that outputs line up with inputs. Returns the line count.
    /// </summary>
    public async Task<int> SayLinesAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var spoken = normalizer.Normalize(line).ReplaceLineEndings(" ");
            await output.WriteLineAsync(spoken.AsMemory(), cancellationToken);
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }
}
