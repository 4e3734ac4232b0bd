namespace CchcPublisher.Queries;

/// <summary>One channel's counts: published today and still due today, published this week and still due this week.</summary>
internal sealed record OverviewChannel(string Channel, int PublishedToday, int DueToday, int PublishedWeek, int DueWeek);
