using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Cli;

/// <summary>
/// Turns the exceptions configuration loading, binding and validation throw (English, from the framework)
/// into Vietnamese lines naming the file position or the setting (<c>Publishing:MaxAttempts</c>).
/// </summary>
internal static partial class ConfigurationErrorText
{
    /// <summary>The Vietnamese lines for a configuration failure; empty when the exception is not one.</summary>
    public static IReadOnlyList<string> Describe(Exception exception) => exception switch
    {
        OptionsValidationException single => [.. single.Failures.Select(Translate)],
        AggregateException many when many.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Select(Translate).Distinct(StringComparer.Ordinal)],
        InvalidDataException file when Find<JsonException>(file) is { } json =>
            [$"{FilePath(file.Message)}:{(json.LineNumber ?? 0) + 1}:{(json.BytePositionInLine ?? 0) + 1}: tệp cấu hình không phải JSON hợp lệ (thiếu dấu phẩy, dấu ngoặc kép hoặc dấu ngoặc nhọn?)."],
        InvalidDataException file => [$"{FilePath(file.Message)}: không đọc được tệp cấu hình (JSON không hợp lệ hoặc có khóa trùng nhau)."],
        InvalidOperationException conversion when ConversionFailure().Match(conversion.Message) is { Success: true } match =>
            [$"{match.Groups["key"].Value}: giá trị không đúng kiểu; cần {TypeText(match.Groups["type"].Value)}."],
        _ => [],
    };

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string FilePath(string message) =>
        QuotedText().Match(message) is { Success: true } match ? match.Groups[1].Value : "appsettings.json";

    private static string TypeText(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" or "System.UInt32" => "một số nguyên (ví dụ 5)",
        "System.Double" or "System.Decimal" or "System.Single" => "một số (ví dụ 1.5)",
        "System.Boolean" => "true hoặc false",
        "System.TimeSpan" => "một khoảng thời gian dạng giờ:phút:giây (ví dụ \"00:05:00\" là 5 phút)",
        "System.DateTimeOffset" or "System.DateTime" or "System.DateOnly" => "một ngày dạng năm-tháng-ngày (ví dụ 2026-01-05)",
        "System.TimeOnly" => "một giờ dạng giờ:phút (ví dụ 07:30)",
        "System.Uri" => "một địa chỉ web đầy đủ (ví dụ https://xa.gov.vn)",
        _ when type.Contains("Enum", StringComparison.Ordinal) || !type.StartsWith("System.", StringComparison.Ordinal) => "một trong các giá trị được hỗ trợ (xem appsettings.example.json)",
        _ => "giá trị đúng kiểu (xem appsettings.example.json)",
    };

    /// <summary>DataAnnotations failures get the setting name and a Vietnamese rule; our own validators are already Vietnamese.</summary>
    private static string Translate(string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var setting = $"{SectionOf(match.Groups["type"].Value)}:{match.Groups["member"].Value}";
        var error = match.Groups["error"].Value;
        if (RangeError().Match(error) is { Success: true } range)
        {
            return $"{setting}: giá trị phải trong khoảng từ {range.Groups["min"].Value} đến {range.Groups["max"].Value}.";
        }

        if (error.Contains("is required", StringComparison.Ordinal))
        {
            return $"{setting}: thiết lập này bắt buộc, hãy điền giá trị.";
        }

        if (LengthError().IsMatch(error))
        {
            return $"{setting}: độ dài giá trị không hợp lệ.";
        }

        return $"{setting}: giá trị không hợp lệ.";
    }

    /// <summary>The configuration section of an options class (its <c>SectionName</c> constant), or the class name.</summary>
    private static string SectionOf(string typeName)
    {
        var type = typeof(ConfigurationErrorText).Assembly.GetTypes().FirstOrDefault(t => t.Name == typeName);
        return type?.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
            ?? typeName.Replace("Options", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '(?<type>[^']+)' members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    [GeneratedRegex(@"must be between (?<min>\S+) and (?<max>\S+?)\.?$")]
    private static partial Regex RangeError();

    [GeneratedRegex(@"length", RegexOptions.IgnoreCase)]
    private static partial Regex LengthError();

    [GeneratedRegex(@"at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedText();
}
