using System.ComponentModel.DataAnnotations;

namespace CchcPublisher.Channels.Radio;

/// <summary>The commune radio (loa truyền thanh): where scripts go.</summary>
internal sealed class RadioOptions
{
    public const string SectionName = "Channels:Radio";

    /// <summary>Folder for per-article scripts; relative paths resolve against <c>Paths:Data</c>. Default <c>radio</c>.</summary>
    [Required]
    public string Folder { get; set; } = "radio";
}
