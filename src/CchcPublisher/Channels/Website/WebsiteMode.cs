namespace CchcPublisher.Channels.Website;

/// <summary>Where the <c>website</c> channel publishes.</summary>
internal enum WebsiteMode
{
    /// <summary>A static site generated under the data folder (the default; nothing to install).</summary>
    Static,

    /// <summary>Posts on the commune's WordPress site through its REST API.</summary>
    WordPress,
}
