using System.ComponentModel.DataAnnotations;

namespace CchcPublisher.Hosting;

/// <summary>Where the officials' content lives and where the service writes its output.</summary>
internal sealed class PathOptions
{
    public const string SectionName = "Paths";

    /// <summary>Content folder (articles, categories.yaml, plan, activities). Relative paths resolve against
    /// <see cref="BaseFolder"/>.</summary>
    [Required]
    public string Content { get; set; } = "content";

    /// <summary>Data folder: ledger database, generated site, outboxes, radio scripts.</summary>
    [Required]
    public string Data { get; set; } = "data";

    /// <summary>
    /// The folder relative paths in the settings resolve against: the folder of the <c>--config</c> file when one is
    /// given, else the working folder (the host's content root). So the service and a command run from another folder
    /// with the same <c>--config</c> share one data folder: one ledger, one Zalo token store.
    /// </summary>
    public string BaseFolder { get; set; } = Directory.GetCurrentDirectory();

    public string ContentRoot => Resolve(Content);

    public string DataRoot => Resolve(Data);

    /// <summary>A path from the settings made absolute against <see cref="BaseFolder"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, Path.GetFullPath(BaseFolder));

    public string ArticlesRoot => Path.Combine(ContentRoot, "articles");
}
