namespace CchcPublisher.Channels.Facebook;

/// <summary>The hashtag (without '#') of a category key, for social posts.</summary>
internal interface ICategoryHashtags
{
    string HashtagOf(string categoryKey);
}
