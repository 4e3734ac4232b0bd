using CchcPublisher.Channels;
using Microsoft.Extensions.Options;
using Quartz;

namespace CchcPublisher.Publishing;

/// <summary>Rules DataAnnotations cannot express: valid cron, known channels, unique column keys.</summary>
internal sealed class PublishingOptionsValidator : IValidateOptions<PublishingOptions>
{
    public ValidateOptionsResult Validate(string? name, PublishingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (column, index) in options.Columns.Select((c, i) => (c, i)))
        {
            var where = $"Publishing:Columns:{index}";
            if (string.IsNullOrWhiteSpace(column.Key) || !column.Key.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                errors.Add($"{where}:Key '{column.Key}' phải gồm chữ thường không dấu, số và dấu gạch ngang.");
            }

            if (string.IsNullOrWhiteSpace(column.Name))
            {
                errors.Add($"{where}:Name không được để trống.");
            }

            if (!IsValidCron(column.Cron))
            {
                errors.Add($"{where}:Cron '{column.Cron}' không phải biểu thức cron hợp lệ của Quartz (ví dụ: '0 30 7 ? * MON' = 7 giờ 30 thứ Hai).");
            }

            errors.AddRange(column.Channels
                .Where(c => !ChannelNames.All.Contains(c))
                .Select(c => $"{where}:Channels: kênh '{c}' không tồn tại (các kênh: {string.Join(", ", ChannelNames.All)})."));
        }

        errors.AddRange(options.Columns
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"Publishing:Columns: khoá chuyên mục '{g.Key}' bị trùng."));
        errors.AddRange(options.ChannelOrder
            .Where(c => !ChannelNames.All.Contains(c))
            .Select(c => $"Publishing:ChannelOrder: kênh '{c}' không tồn tại."));
        if (options.CatchUpWindow < TimeSpan.Zero || options.CatchUpWindowByChannel.Values.Any(w => w < TimeSpan.Zero))
        {
            errors.Add("Publishing:CatchUpWindow không được âm.");
        }

        if (options.MaxAttempts < 1)
        {
            errors.Add("Publishing:MaxAttempts phải từ 1 trở lên.");
        }

        if (options.BatchDuration <= TimeSpan.Zero)
        {
            errors.Add("Publishing:BatchDuration phải lớn hơn 0 (ví dụ 00:00:30).");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.LockTimeout < TimeSpan.Zero)
        {
            errors.Add("Publishing:RetryDelay phải lớn hơn 0 và LockTimeout không được âm.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsValidCron(string cron)
    {
        try
        {
            _ = new CronExpression(cron);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return false;
        }
    }
}
