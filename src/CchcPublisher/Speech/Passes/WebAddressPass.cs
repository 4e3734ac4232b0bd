using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// E-mail addresses and web addresses. A site in the lexicon is said by name ("Cổng Dịch vụ công quốc gia");
/// any other address is spoken as its host name, label by label ("hoa an chấm gờ o vê chấm vi en"). The
/// scheme, "www." and the path are dropped: nobody copies a path from a loudspeaker.
/// </summary>
internal sealed partial class WebAddressPass : ISpeechPass
{
    private static readonly Dictionary<string, string> KnownLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vn"] = "vi en",
        ["com"] = "com",
        ["gov"] = "gờ o vê",
        ["org"] = "o rờ gờ",
        ["net"] = "nét",
        ["edu"] = "e đu",
        ["info"] = "in phô",
        ["gmail"] = "gờ meo",
        ["google"] = "gu gồ",
        ["facebook"] = "phây búc",
        ["zalo"] = "da lô",
        ["youtube"] = "du túp",
        ["yahoo"] = "da hu",
        ["outlook"] = "au lúc",
    };

    /// <summary><see cref="MayHoldAddress"/>: "@", "://", "www." or a dot before a letter.</summary>
    public bool MayChange(TextTraits traits) =>
        traits.HasAny(At) || traits.Has(TextTrait.ColonSlash | TextTrait.WDot | TextTrait.DotLetter);

    private static readonly UInt128 At = TextTraits.Mask("@");

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!MayHoldAddress(text))
        {
            return text;
        }

        text = EmailRegex().Replace(text, m => $"{SpeakLabels(m.Groups["local"].Value)} a còng {SpeakHost(m.Groups["host"].Value, context)}");
        text = UrlRegex().Replace(text, m => SpeakUrl(m, context));
        return BareDomainRegex().Replace(text, m => SpeakUrl(m, context));
    }

    /// <summary>An "@", "://", "www." or a dot glued to a letter ("hoaan.gov.vn"): what every address pattern needs.</summary>
    private static bool MayHoldAddress(string text)
    {
        if (text.Contains('@', StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var i = text.IndexOf('.', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('.', i + 1))
        {
            if (char.IsAsciiLetter(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static string SpeakUrl(Match match, SpeechContext context)
    {
        var url = match.Value;
        var trailing = string.Empty;
        while (url.Length > 0 && ".,;:!?)'\"".Contains(url[^1], StringComparison.Ordinal))
        {
            trailing = url[^1] + trailing;
            url = url[..^1];
        }

        var host = HostRegex().Match(url).Groups["host"].Value;
        return host.Length == 0 ? match.Value : SpeakHost(host, context) + trailing;
    }

    private static string SpeakHost(string host, SpeechContext context)
    {
        host = host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        // The exact host first, then the closest parent ("vanban.chinhphu.vn" before "chinhphu.vn").
        if (context.Lexicon.Sites.TryGetValue(host, out var exact))
        {
            return exact;
        }

        string? parent = null;
        var parentLength = 0;
        foreach (var (site, name) in context.Lexicon.Sites)
        {
            if (site.Length > parentLength && host.EndsWith("." + site, StringComparison.OrdinalIgnoreCase))
            {
                parent = name;
                parentLength = site.Length;
            }
        }

        if (parent is not null)
        {
            return parent;
        }

        return SpeakLabels(host);
    }

    /// <summary>"ubnd.hoa-an" → "u bê en nờ dê chấm hoa an gạch ngang…": separators named, each label made sayable.</summary>
    private static string SpeakLabels(string value)
    {
        var builder = new StringBuilder();
        foreach (Match part in LabelPartRegex().Matches(value))
        {
            var word = part.Value switch
            {
                "." => "chấm",
                "-" => "gạch ngang",
                "_" => "gạch dưới",
                "+" => "cộng",
                _ when part.Value.All(char.IsAsciiDigit) => VietnameseNumbers.DigitByDigit(part.Value),
                _ => SpeakWord(part.Value),
            };
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return builder.ToString();
    }

    private static string SpeakWord(string letters)
    {
        if (KnownLabels.TryGetValue(letters, out var known))
        {
            return known;
        }

        return VietnameseSyllable.TrySegment(letters, out var syllables)
            ? string.Join(' ', syllables)
            : VietnameseLetters.Spell(letters.ToLower(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(?<![\w.+-])(?<local>[A-Za-z0-9][A-Za-z0-9._+-]*)@(?<host>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""()\[\]]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:vn|com|net|org|gov|edu|info)(?:\.vn)?(?![\p{L}\p{N}])(?:/[^\s]*)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareDomainRegex();

    [GeneratedRegex(@"^(?:[a-z][a-z0-9+.-]*://)?(?<host>[^/?#:\s]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HostRegex();

    [GeneratedRegex(@"[A-Za-z]+|\d+|[._+-]", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPartRegex();
}
