namespace CchcPublisher.Channels.Website;

/// <summary>What every page of the static site shows about its owner.</summary>
/// <param name="CommuneName">e.g. "UBND xã Hòa An".</param>
/// <param name="ColumnTitle">e.g. "Chuyên mục Cải cách hành chính".</param>
/// <param name="BaseUrl">Public address of the site folder, ending with '/'.</param>
/// <param name="TimeZone">The commune's zone: times on pages are local.</param>
internal sealed record SiteInfo(string CommuneName, string ColumnTitle, Uri BaseUrl, TimeZoneInfo TimeZone)
{
    /// <summary>Absolute address of a site-relative path.</summary>
    public Uri Absolute(string relative) => new(BaseUrl, relative);
}
