using Spectre.Console;

namespace CchcPublisher.Cli.Tables;

/// <summary>
/// Lines of plain text on the console. Markup escaping is not enough for text we did not write: Spectre also turns
/// <c>:name:</c> into an emoji, so <c>Channels:Radio:Tts</c> would print as "Channels📻Tts".
/// </summary>
internal static class PlainText
{
    public static void PlainLine(this IAnsiConsole console, string text, string? colour = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new Text(text + "\n", colour is null ? Style.Plain : Style.Parse(colour)));
    }
}
