namespace CchcPublisher.Speech;

/// <summary>The regional choices in reading numbers (see <see cref="SpeechOptions"/>).</summary>
internal sealed record NumberStyle(string ZeroTens = "linh", bool UseTu = true, string Thousand = "nghìn")
{
    public static NumberStyle Default { get; } = new();
}
