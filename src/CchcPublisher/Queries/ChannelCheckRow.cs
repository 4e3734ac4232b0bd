using CchcPublisher.Channels;

namespace CchcPublisher.Queries;

/// <summary>One channel's check outcome.</summary>
internal sealed record ChannelCheckRow(string Channel, ChannelCheckResult Result);
