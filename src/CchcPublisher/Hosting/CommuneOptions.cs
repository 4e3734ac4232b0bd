using System.ComponentModel.DataAnnotations;

namespace CchcPublisher.Hosting;

/// <summary>Who the commune is and which clock it lives by.</summary>
internal sealed class CommuneOptions
{
    public const string SectionName = "Commune";

    /// <summary>Display name, e.g. "UBND xã Hòa An".</summary>
    [Required]
    public string Name { get; set; } = "UBND xã Hòa An";

    /// <summary>IANA (or Windows) time zone id; publish times without an offset are read in this zone.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>Public address of the commune website, used for absolute links (RSS, Facebook link posts).</summary>
    [Required]
    [Url]
    public string WebsiteUrl { get; set; } = "https://hoaan.example.gov.vn";

    public TimeZoneInfo GetTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
