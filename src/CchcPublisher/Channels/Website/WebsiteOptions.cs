using CchcPublisher.Hosting;

namespace CchcPublisher.Channels.Website;

/// <summary>The <c>website</c> channel, section <c>Channels:Website</c>.</summary>
internal sealed class WebsiteOptions
{
    public const string SectionName = "Channels:Website";

    /// <summary><c>Static</c> (default): a generated site under the data folder. <c>WordPress</c>: the REST API.</summary>
    public WebsiteMode Mode { get; set; } = WebsiteMode.Static;

    /// <summary>Static mode: output folder. Default <c>&lt;Paths:Data&gt;/site</c>; a relative path resolves against the working directory.</summary>
    public string? OutputFolder { get; set; }

    /// <summary>Static mode: public address where the output folder is served (RSS links, links shared on other channels). Default <c>Commune:WebsiteUrl</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Name of the column, shown on every page and in the RSS feed.</summary>
    public string ColumnTitle { get; set; } = "Chuyên mục Cải cách hành chính";

    /// <summary>How many of the newest articles the RSS feed lists. Default 50.</summary>
    public int FeedItems { get; set; } = 50;

    public WordPressOptions WordPress { get; set; } = new();

    /// <summary>Full path of the static site folder.</summary>
    public string GetSiteRoot(PathOptions paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return string.IsNullOrWhiteSpace(OutputFolder)
            ? Path.Combine(paths.DataRoot, "site")
            : paths.Resolve(OutputFolder);
    }

    /// <summary>Public base address of the static site, always ending with '/'.</summary>
    public Uri GetSiteBaseUrl(CommuneOptions commune)
    {
        ArgumentNullException.ThrowIfNull(commune);
        var url = string.IsNullOrWhiteSpace(BaseUrl) ? commune.WebsiteUrl : BaseUrl;
        return new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
    }
}
