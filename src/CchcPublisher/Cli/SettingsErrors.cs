using System.Text.Json;
using System.Text.RegularExpressions;

namespace CchcPublisher.Cli;

/// <summary>
/// Says in Vietnamese what is wrong when configuration cannot even be read: a settings file that is not JSON, or a
/// value that does not convert to its setting's type ("MaxAttempts": "năm"). The framework's exceptions carry the
/// file or the setting's path in an English message; this reads them out and names them to the user.
/// </summary>
internal static partial class SettingsErrors
{
    /// <summary>The Vietnamese explanation of <paramref name="exception"/>, or null when it is not a settings error.</summary>
    public static string? Describe(Exception exception)
    {
        foreach (var ex in Chain(exception))
        {
            if (ex is InvalidDataException && FileFailure().Match(ex.Message) is { Success: true } file)
            {
                var json = Chain(ex).OfType<JsonException>().FirstOrDefault();
                var where = json?.LineNumber is { } line
                    ? $" ở dòng {line + 1}, cột {(json.BytePositionInLine ?? 0) + 1}"
                    : string.Empty;
                return $"Tệp cấu hình {file.Groups["path"].Value} viết sai cú pháp JSON{where}. Thường do thiếu dấu phẩy giữa hai thiết lập, "
                    + "thiếu dấu ngoặc kép quanh chữ, hoặc thiếu dấu ngoặc \"}\". Sửa tệp (so với appsettings.example.json) rồi chạy lại.";
            }

            if (ex is InvalidOperationException && ConversionFailure().Match(ex.Message) is { Success: true } conversion)
            {
                var setting = conversion.Groups["path"].Value;
                return $"Thiết lập {setting} có giá trị \"{conversion.Groups["value"].Value}\" không dùng được: cần {Expected(conversion.Groups["type"].Value)}. "
                    + $"Sửa trong appsettings.json (hoặc biến môi trường CCHC__{setting.Replace(":", "__", StringComparison.Ordinal)}).";
            }
        }

        return null;
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => "một số nguyên, ví dụ 5",
        "System.Double" or "System.Decimal" or "System.Single" => "một số, ví dụ 1.5 (dấu chấm thập phân)",
        "System.TimeSpan" => "một khoảng thời gian dạng giờ:phút:giây, ví dụ \"00:05:00\" là 5 phút, \"1.00:00:00\" là 1 ngày",
        "System.Boolean" => "true (bật) hoặc false (tắt)",
        "System.DateTimeOffset" or "System.DateTime" or "System.DateOnly" => "một ngày dạng năm-tháng-ngày, ví dụ \"2026-12-31\"",
        "System.TimeOnly" => "một giờ dạng giờ:phút, ví dụ \"07:30\"",
        "System.Uri" => "một địa chỉ web bắt đầu bằng https://",
        _ when type.StartsWith("System.", StringComparison.Ordinal) => "một giá trị đúng kiểu (xem appsettings.example.json)",
        _ => "một trong các giá trị ghi trong appsettings.example.json",
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.Count > 0)
        {
            var ex = pending.Pop();
            yield return ex;
            if (ex is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (ex.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    [GeneratedRegex("^Failed to load configuration from file '(?<path>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex FileFailure();

    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();
}
