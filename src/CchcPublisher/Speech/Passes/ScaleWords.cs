namespace CchcPublisher.Speech.Passes;

/// <summary>The words that scale a written number ("5 triệu đồng", "226 triệu m3"), as the amount and measure patterns spell them.</summary>
internal static class ScaleWords
{
    public static readonly string[] All = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ"];
}
