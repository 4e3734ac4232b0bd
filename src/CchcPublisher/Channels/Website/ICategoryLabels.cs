namespace CchcPublisher.Channels.Website;

/// <summary>
/// Vietnamese labels of category keys for the website's pages and WordPress category names. A channel only
/// receives the <see cref="Content.Articles.Article"/>, not the taxonomy, so labels come from this service.
/// </summary>
internal interface ICategoryLabels
{
    /// <summary>The label of a key; the key itself when unknown (e.g. removed from the taxonomy since publication).</summary>
    string Label(string key);
}
