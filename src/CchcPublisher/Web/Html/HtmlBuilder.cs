using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace CchcPublisher.Web.Html;

/// <summary>
/// Builds a page. Interpolated holes are HTML-encoded unless they are <see cref="HtmlText"/>, so an article title
/// or a ledger error can never become markup: the console's defence against XSS does not depend on remembering.
/// </summary>
internal sealed class HtmlBuilder
{
    /// <summary>Encodes markup characters only: Vietnamese letters stay readable in the page source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private readonly StringBuilder _text = new();

    public HtmlBuilder Add([InterpolatedStringHandlerArgument("")] ref Interpolation html)
    {
        return this;
    }

    public HtmlBuilder Add(HtmlText html)
    {
        ArgumentNullException.ThrowIfNull(html);
        _text.Append(html.Value);
        return this;
    }

    public HtmlText ToHtml() => new(_text.ToString());

    public override string ToString() => _text.ToString();

    /// <summary>Encodes a value as HTML text (also safe inside a quoted attribute).</summary>
    public static string Encode(object? value) => value switch
    {
        null => string.Empty,
        HtmlText html => html.Value,
        IFormattable formattable => Encoder.Encode(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Encoder.Encode(value.ToString() ?? string.Empty),
    };

    /// <summary>A fragment built from one interpolated string.</summary>
    public static HtmlText Of(ref Fragment html) => html.ToHtml();

    [InterpolatedStringHandler]
    internal readonly ref struct Interpolation
    {
        private readonly StringBuilder _text;

        public Interpolation(int literalLength, int formattedCount, HtmlBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            _ = formattedCount;
            _text = builder._text;
            _text.EnsureCapacity(_text.Length + literalLength);
        }

        public void AppendLiteral(string value) => _text.Append(value);

        public void AppendFormatted<T>(T value) => _text.Append(Encode(value));

        public void AppendFormatted<T>(T value, string? format)
            where T : IFormattable => _text.Append(Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));
    }

    [InterpolatedStringHandler]
    internal readonly ref struct Fragment
    {
        private readonly StringBuilder _text;

        public Fragment(int literalLength, int formattedCount)
        {
            _ = formattedCount;
            _text = new StringBuilder(literalLength + 32);
        }

        public void AppendLiteral(string value) => _text.Append(value);

        public void AppendFormatted<T>(T value) => _text.Append(Encode(value));

        public void AppendFormatted<T>(T value, string? format)
            where T : IFormattable => _text.Append(Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

        public HtmlText ToHtml() => new(_text.ToString());
    }
}
