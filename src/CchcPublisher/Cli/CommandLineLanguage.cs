using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Common;

namespace CchcPublisher.Cli;

/// <summary>
/// System.CommandLine ships no Vietnamese: its parse errors and help headings are English. This puts them in
/// Vietnamese: errors are translated from the library's fixed message forms (and an unknown form is still said in
/// Vietnamese, quoting the tokens), help is written by the library and its headings renamed (<see cref="TranslateHelp"/>).
/// </summary>
internal static partial class CommandLineLanguage
{
    private static readonly (string English, string Vietnamese)[] HelpWords =
    [
        ("Description:", "Mô tả:"),
        ("Usage:", "Cách dùng:"),
        ("Arguments:", "Tham số:"),
        ("Options:", "Tùy chọn:"),
        ("Commands:", "Lệnh:"),
        ("[options]", "[tùy chọn]"),
        ("[command]", "[lệnh]"),
        ("Show help and usage information", "Xem hướng dẫn cách dùng"),
        ("Show version information", "Xem phiên bản chương trình"),
        ("(REQUIRED)", "(bắt buộc)"),
        ("[default: ", "[mặc định: "),
    ];

    /// <summary>Vietnamese help for every command and Vietnamese descriptions of the built-in options.</summary>
    public static void Apply(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Xem hướng dẫn cách dùng";
                    break;
                case VersionOption version:
                    version.Description = "Xem phiên bản chương trình";
                    break;
            }
        }
    }

    /// <summary>The library's help text with its English headings and phrases in Vietnamese.</summary>
    public static string TranslateHelp(string help)
    {
        var text = new StringBuilder(help);
        foreach (var (english, vietnamese) in HelpWords)
        {
            text.Replace(english, vietnamese);
        }

        return text.ToString();
    }

    /// <summary>One Vietnamese line per parse error.</summary>
    public static IReadOnlyList<string> Errors(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var commands = parseResult.CommandResult.Command.Subcommands.Select(c => c.Name).ToList();
        return parseResult.Errors.Select(e => Translate(e.Message, commands)).Distinct(StringComparer.Ordinal).ToList();
    }

    public static string Translate(string message, IReadOnlyCollection<string> commands)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (RequiredOption().Match(message) is { Success: true } required)
        {
            return $"Thiếu tùy chọn bắt buộc {required.Groups[1].Value}.";
        }

        if (Unrecognized().Match(message) is { Success: true } unknown)
        {
            var token = unknown.Groups[1].Value;
            var nearest = NearestMatch.Find(token, commands);
            return nearest is null
                ? $"Không hiểu \"{token}\": không có lệnh hay tùy chọn nào như vậy."
                : $"Không hiểu \"{token}\": không có lệnh hay tùy chọn nào như vậy. Có phải ý bạn là \"{nearest}\"?";
        }

        if (CannotParse().Match(message) is { Success: true } parse)
        {
            return $"Giá trị \"{parse.Groups["value"].Value}\" của {parse.Groups["symbol"].Value} không dùng được: cần {Expected(parse.Groups["type"].Value)}.";
        }

        if (MissingArgument().Match(message) is { Success: true } missing)
        {
            return missing.Groups["kind"].Value == "option"
                ? $"Tùy chọn {missing.Groups["name"].Value} cần một giá trị đi kèm."
                : $"Lệnh {missing.Groups["name"].Value} cần thêm tham số.";
        }

        if (NotOneOf().Match(message) is { Success: true } choice)
        {
            return $"Giá trị \"{choice.Groups["value"].Value}\" không hợp lệ; chỉ được một trong: {choice.Groups["choices"].Value.Trim()}.";
        }

        if (SingleArgument().Match(message) is { Success: true } single)
        {
            return $"Tùy chọn {single.Groups[1].Value} chỉ nhận một giá trị.";
        }

        // The project's own validators already speak Vietnamese; anything else is named by its tokens.
        if (message.Any(c => c > 'ÿ'))
        {
            return message;
        }

        var tokens = QuotedTokens().Matches(message).Select(m => m.Groups[1].Value).ToList();
        return tokens.Count == 0 ? "Câu lệnh không hợp lệ." : $"Câu lệnh không hợp lệ ở: {string.Join(", ", tokens.Select(t => $"\"{t}\""))}.";
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "một số nguyên, ví dụ 20",
        "System.DateOnly" or "System.DateTime" or "System.DateTimeOffset" => "một ngày dạng năm-tháng-ngày, ví dụ 2026-12-31",
        "System.TimeSpan" => "một khoảng thời gian dạng giờ:phút:giây",
        "System.Boolean" => "true hoặc false",
        _ => "một giá trị đúng kiểu (xem --help)",
    };

    [GeneratedRegex(@"^Option '([^']+)' is required\.", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Unrecognized command or argument '([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>[^']*)' for (option|command|argument) '(?<symbol>[^']+)' as expected type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Required argument missing for (?<kind>option|command): '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Argument '(?<value>[^']*)' not recognized\. Must be one of:(?<choices>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^Option '([^']+)' expects a single argument", RegexOptions.CultureInvariant)]
    private static partial Regex SingleArgument();

    [GeneratedRegex("'([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTokens();
}
