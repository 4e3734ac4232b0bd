namespace CchcPublisher.Publishing;

/// <summary>
/// The reports of a run that may go in several batches: one per article and channel, the latest kept in the
/// order first seen; a batch repeating the same bookkeeping outcome (still scheduled, still waiting) is not
/// reported twice.
/// </summary>
internal sealed class RunReports(IProgress<PublicationReport>? progress)
{
    private readonly List<PublicationReport> _reports = [];
    private readonly Dictionary<(string ArticleId, string Channel), int> _index = [];

    public IReadOnlyList<PublicationReport> All => _reports;

    public bool Has(string articleId, string channel) => _index.ContainsKey((articleId, channel));

    /// <summary>Makes room for <paramref name="count"/> lines at once (a batch's plan): no doubling series of large tables.</summary>
    public void EnsureCapacity(int count)
    {
        _reports.EnsureCapacity(count);
        _index.EnsureCapacity(count);
    }

    public void Add(PublicationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var key = (report.ArticleId, report.Channel);
        if (_index.TryGetValue(key, out var at))
        {
            if (_reports[at].Outcome == report.Outcome)
            {
                return;
            }

            _reports[at] = report;
        }
        else
        {
            _index[key] = _reports.Count;
            _reports.Add(report);
        }

        progress?.Report(report);
    }
}
