namespace CchcPublisher.Preview;

/// <summary>A word of the radio script; <paramref name="Written"/> is what it replaced when the normalizer changed it.</summary>
internal sealed record SpokenWord(string Spoken, string? Written);
