using System.ComponentModel.DataAnnotations;

namespace CchcPublisher.Hosting;

/// <summary>Where the officials' content lives and where the service writes its output.</summary>
internal sealed class PathOptions
{
    public const string SectionName = "Paths";

    /// <summary>Content folder (articles, categories.yaml, plan, activities). Relative paths resolve against the working directory.</summary>
    [Required]
    public string Content { get; set; } = "content";

    /// <summary>Data folder: ledger database, generated site, outboxes, radio scripts.</summary>
    [Required]
    public string Data { get; set; } = "data";

    public string ContentRoot => Path.GetFullPath(Content);

    public string DataRoot => Path.GetFullPath(Data);

    public string ArticlesRoot => Path.Combine(ContentRoot, "articles");
}
