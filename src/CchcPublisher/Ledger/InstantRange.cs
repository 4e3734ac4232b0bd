namespace CchcPublisher.Ledger;

/// <summary>A half-open span of instants, [<see cref="From"/>, <see cref="To"/>).</summary>
internal readonly record struct InstantRange(DateTimeOffset From, DateTimeOffset To);
