using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Zalo;

namespace CchcPublisher.Preview;

/// <summary>The four channels' previews of one article (see <see cref="ArticlePreview"/>).</summary>
/// <param name="WebsiteHtml">The sanitized HTML body of the website page.</param>
/// <param name="Zalo">The Zalo OA article, or <c>null</c> when the Zalo channel is not set up.</param>
/// <param name="Facebook">The Facebook post, or <c>null</c> when the Facebook channel is not set up.</param>
/// <param name="Radio">The title and each text block as written and as spoken, word by word.</param>
/// <param name="AudioKey">Names the script for <see cref="ArticlePreview.SpeakAsync"/>.</param>
/// <param name="NoAudio">Why there is no audio (no TTS engine), or <c>null</c>.</param>
internal sealed record ArticlePreviewResult(
    string WebsiteHtml,
    ZaloArticle? Zalo,
    FacebookPost? Facebook,
    int FacebookMaxLength,
    IReadOnlyList<IReadOnlyList<SpokenWord>> Radio,
    int Syllables,
    double Minutes,
    string AudioKey,
    string? NoAudio);
