using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio;

/// <summary>Rules DataAnnotations cannot express: durations in range.</summary>
internal sealed class RadioOptionsValidator : IValidateOptions<RadioOptions>
{
    public ValidateOptionsResult Validate(string? name, RadioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.ParagraphPause < TimeSpan.Zero || options.ParagraphPause > TimeSpan.FromSeconds(10))
        {
            errors.Add($"{RadioOptions.SectionName}:ParagraphPause phải trong khoảng 00:00:00 đến 00:00:10 (hiện là {options.ParagraphPause}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
