namespace CchcPublisher.Content.Articles;

/// <summary>The keys an article's front matter may use (matched case-insensitively).</summary>
internal static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Categories = "categories";
    public const string PublishAt = "publish_at";
    public const string Channels = "channels";
    public const string Summary = "summary";
    public const string Author = "author";
    public const string Cover = "cover";
    public const string PlanTask = "plan_task";
    public const string Status = "status";
    public const string Id = "id";
    public const string Unit = "unit";

    public static IReadOnlyList<string> All { get; } =
        [Title, Categories, PublishAt, Channels, Summary, Author, Cover, PlanTask, Status, Id, Unit];
}
