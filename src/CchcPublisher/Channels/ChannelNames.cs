namespace CchcPublisher.Channels;

/// <summary>The channel names officials may write in front matter and configuration.</summary>
internal static class ChannelNames
{
    public const string Website = "website";
    public const string Zalo = "zalo";
    public const string Facebook = "facebook";
    public const string Radio = "radio";

    public static IReadOnlyList<string> All { get; } = [Website, Zalo, Facebook, Radio];

    /// <summary>Vietnamese label for tables and reports.</summary>
    public static string Label(string name) => name switch
    {
        Website => "Trang thông tin điện tử",
        Zalo => "Zalo OA",
        Facebook => "Facebook",
        Radio => "Loa truyền thanh",
        _ => name,
    };
}
