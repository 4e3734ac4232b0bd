using System.ComponentModel.DataAnnotations;

namespace CchcPublisher.Speech;

/// <summary>
/// How numbers are read aloud. Defaults are the Northern broadcast style (Đài Tiếng nói Việt Nam): "linh",
/// "tư", "nghìn". A Southern station sets <c>ZeroTens = "lẻ"</c> and <c>Thousand = "ngàn"</c>.
/// </summary>
internal sealed class SpeechOptions
{
    public const string SectionName = "Speech";

    /// <summary>Word for a zero in the tens place: "linh" (105 → một trăm linh năm, default) or "lẻ".</summary>
    [Required]
    [AllowedValues("linh", "lẻ")]
    public string ZeroTens { get; set; } = "linh";

    /// <summary>Read a units 4 after twenty and above as "tư" (24 → hai mươi tư, default) rather than "bốn".</summary>
    public bool UseTu { get; set; } = true;

    /// <summary>Word for a thousand: "nghìn" (default) or "ngàn".</summary>
    [Required]
    [AllowedValues("nghìn", "ngàn")]
    public string Thousand { get; set; } = "nghìn";

    public NumberStyle ToNumberStyle() => new(ZeroTens, UseTu, Thousand);
}
