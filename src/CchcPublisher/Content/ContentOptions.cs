using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using CchcPublisher.Channels;

namespace CchcPublisher.Content;

/// <summary>How articles are read. The commune's time zone is <see cref="Hosting.CommuneOptions.TimeZone"/>.</summary>
internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// Channels an article goes to when its front matter has no <c>channels</c> key. Default: all four
    /// (website, zalo, facebook, radio). Configuring the section replaces the whole list.
    /// </summary>
    [Required]
    [MinLength(1)]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "MinLength counts an array through Array.Length; the reflection it warns about is only for types without Count.")]
    public string[] DefaultChannels { get; set; } = [.. ChannelNames.All];
}
