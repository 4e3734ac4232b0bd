using System.CommandLine;
using System.Text.RegularExpressions;

namespace CchcPublisher.Cli;

/// <summary>System.CommandLine's parse errors (English) as Vietnamese lines naming the option, command or value.</summary>
internal static partial class ParseErrorText
{
    public static IReadOnlyList<string> Describe(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var lines = parseResult.Errors.Select(e => Translate(e.Message)).Distinct(StringComparer.Ordinal).ToList();
        var command = parseResult.CommandResult.Command;
        var names = string.Join(" ", CommandPath(parseResult));
        lines.Add($"Xem hướng dẫn: cchc {names}{(names.Length > 0 ? " " : string.Empty)}--help"
            + (command.Subcommands.Count > 0 ? $" (các lệnh: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))})." : "."));
        return lines;
    }

    private static List<string> CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return names;
    }

    private static string Translate(string message)
    {
        if (RequiredOption().Match(message) is { Success: true } required)
        {
            return $"Thiếu tùy chọn bắt buộc {required.Groups["name"].Value}.";
        }

        if (Unrecognized().Match(message) is { Success: true } unknown)
        {
            return $"Không có lệnh hay tùy chọn '{unknown.Groups["token"].Value}'.";
        }

        if (CannotParse().Match(message) is { Success: true } parse)
        {
            return $"Giá trị '{parse.Groups["value"].Value}' của {parse.Groups["name"].Value} không hợp lệ; cần {TypeText(parse.Groups["type"].Value)}.";
        }

        if (MissingValue().Match(message) is { Success: true } missing)
        {
            return $"Tùy chọn {missing.Groups["name"].Value} cần một giá trị.";
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return "Thiếu lệnh con.";
        }

        if (TooMany().Match(message) is { Success: true } many)
        {
            return $"Tùy chọn hoặc tham số {many.Groups["name"].Value} chỉ nhận một giá trị.";
        }

        // Our own validators already write Vietnamese; anything else is named by its quoted token.
        return message.Any(c => c > '\u007f')
            ? message
            : $"Dòng lệnh không hợp lệ{(Quoted().Match(message) is { Success: true } token ? $" ở '{token.Groups[1].Value}'" : string.Empty)}.";
    }

    private static string TypeText(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "một số nguyên",
        "System.DateOnly" or "System.DateTime" or "System.DateTimeOffset" => "một ngày dạng năm-tháng-ngày (ví dụ 2026-01-05)",
        "System.Boolean" => "true hoặc false",
        _ => "một giá trị đúng dạng (xem --help)",
    };

    [GeneratedRegex(@"^Option '(?<name>[^']+)' is required")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|command) '(?<name>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Required argument missing for (option|command): '(?<name>[^']+)'")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"^(Option|Argument|Command) '(?<name>[^']+)' expects a single argument")]
    private static partial Regex TooMany();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
