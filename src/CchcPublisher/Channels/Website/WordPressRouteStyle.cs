namespace CchcPublisher.Channels.Website;

/// <summary>How REST routes are addressed on the WordPress site.</summary>
internal enum WordPressRouteStyle
{
    /// <summary>Asks the site once: <c>/wp-json/</c> when it answers, otherwise <c>?rest_route=</c>.</summary>
    Auto,

    /// <summary><c>{base}/wp-json/wp/v2/...</c>: needs pretty permalinks.</summary>
    Pretty,

    /// <summary><c>{base}/?rest_route=/wp/v2/...</c>: works on every WordPress, also with plain permalinks.</summary>
    Query,
}
