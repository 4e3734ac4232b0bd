namespace CchcPublisher.Web.Html;

/// <summary>Markup that is already safe (built by <see cref="HtmlBuilder"/>); every other value is encoded.</summary>
internal sealed record HtmlText(string Value)
{
    public static HtmlText Empty { get; } = new(string.Empty);

    public override string ToString() => Value;
}
