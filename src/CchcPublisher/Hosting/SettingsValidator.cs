using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Hosting;

/// <summary>
/// Checks an options class's DataAnnotations like <c>ValidateDataAnnotations()</c>, but says each failure in
/// Vietnamese and names the setting as the user writes it (<c>Channels:Radio:WordsPerMinute</c>), with the value
/// found, instead of "The field WordsPerMinute must be between 100 and 400."
/// </summary>
internal sealed class SettingsValidator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    private static readonly PropertyInfo[] Properties = typeof(TOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetCustomAttributes<ValidationAttribute>().Any())
        .ToArray();

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var property in Properties)
        {
            var value = property.GetValue(options);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!attribute.IsValid(value))
                {
                    failures.Add(Describe(attribute, $"{section}:{property.Name}", value));
                    break;
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>One Vietnamese sentence: the setting, what it must be, what it is.</summary>
    public static string Describe(ValidationAttribute attribute, string setting, object? value)
    {
        var shown = value switch
        {
            null => "trống",
            string s when s.Length == 0 => "trống",
            string s => $"\"{s}\"",
            TimeSpan t => $"\"{t.ToString("c", CultureInfo.InvariantCulture)}\"",
            System.Collections.ICollection c => $"{c.Count} mục",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return attribute switch
        {
            RequiredAttribute => $"Thiếu thiết lập {setting}: cần ghi giá trị trong appsettings.json (hoặc biến môi trường CCHC__{setting.Replace(":", "__", StringComparison.Ordinal)}).",
            RangeAttribute { OperandType: var type } range when type == typeof(TimeSpan) =>
                $"Thiết lập {setting} phải là khoảng thời gian từ {Span(range.Minimum)} đến {Span(range.Maximum)} (dạng giờ:phút:giây, ví dụ \"00:05:00\" là 5 phút); đang là {shown}.",
            RangeAttribute range => $"Thiết lập {setting} phải từ {range.Minimum} đến {range.Maximum}; đang là {shown}.",
            MinLengthAttribute min => $"Thiết lập {setting} phải có ít nhất {min.Length} mục; đang là {shown}.",
            MaxLengthAttribute max => $"Thiết lập {setting} chỉ được có tối đa {max.Length} mục hoặc ký tự; đang là {shown}.",
            StringLengthAttribute length => $"Thiết lập {setting} dài tối đa {length.MaximumLength} ký tự; đang là {shown}.",
            UrlAttribute => $"Thiết lập {setting} phải là địa chỉ web bắt đầu bằng http:// hoặc https://; đang là {shown}.",
            RegularExpressionAttribute => $"Thiết lập {setting} không đúng dạng; đang là {shown}. Xem ví dụ trong appsettings.example.json.",
            _ => $"Thiết lập {setting} không hợp lệ; đang là {shown}.",
        };
    }

    /// <summary>"00:05:00" → "5 phút", "1.00:00:00" → "1 ngày": bounds as an official reads them.</summary>
    private static string Span(object bound)
    {
        var span = bound is TimeSpan t ? t : TimeSpan.Parse(Convert.ToString(bound, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture);
        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add($"{span.Days} ngày");
        }

        if (span.Hours > 0)
        {
            parts.Add($"{span.Hours} giờ");
        }

        if (span.Minutes > 0)
        {
            parts.Add($"{span.Minutes} phút");
        }

        if (span.Seconds > 0 || parts.Count == 0)
        {
            parts.Add($"{span.Seconds} giây");
        }

        return string.Join(" ", parts);
    }
}
