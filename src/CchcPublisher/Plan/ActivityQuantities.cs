namespace CchcPublisher.Plan;

/// <summary>
/// What an activity produced, as activity files write it (<c>participants: 45</c>, <c>copies: 500</c>,
/// <c>banners: 3</c>, <c>sessions: 2</c>); reports total each.
/// </summary>
internal sealed record ActivityQuantities(int? Participants, int? Copies, int? Banners, int? Sessions)
{
    public static ActivityQuantities None { get; } = new(null, null, null, null);

    /// <summary>File key and Vietnamese label of each quantity, in display order.</summary>
    public static IReadOnlyList<(string Key, string Label)> Keys { get; } =
    [
        ("participants", "Lượt người tham dự"),
        ("copies", "Tờ rơi, tài liệu (bản)"),
        ("banners", "Pano, băng rôn (cái)"),
        ("sessions", "Buổi, lượt"),
    ];

    public int? this[string key] => key switch
    {
        "participants" => Participants,
        "copies" => Copies,
        "banners" => Banners,
        "sessions" => Sessions,
        _ => null,
    };

    public static ActivityQuantities Total(IEnumerable<ActivityQuantities> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var list = all.ToList();
        int? Sum(Func<ActivityQuantities, int?> pick) =>
            list.Select(pick).Where(v => v is not null).Aggregate((int?)null, (a, v) => (a ?? 0) + v);
        return new(Sum(q => q.Participants), Sum(q => q.Copies), Sum(q => q.Banners), Sum(q => q.Sessions));
    }
}
