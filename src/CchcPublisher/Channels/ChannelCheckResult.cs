namespace CchcPublisher.Channels;

/// <summary>Result of <see cref="IChannelCheck.CheckAsync"/>.</summary>
/// <param name="Ok">True when the channel is ready.</param>
/// <param name="Mode">What the channel is configured as, e.g. "outbox", "WordPress REST", "API".</param>
/// <param name="Message">Plain Vietnamese: what was checked, or what is wrong and what the official should do.</param>
internal sealed record ChannelCheckResult(bool Ok, string Mode, string Message);
