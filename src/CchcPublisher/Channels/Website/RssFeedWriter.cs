using System.Globalization;
using System.Text;
using System.Xml;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// RSS 2.0 feed of the newest articles (<c>rss.xml</c>): absolute links from the site's base URL, RFC 822 dates
/// in UTC, written with <see cref="XmlWriter"/> so that every value is escaped.
/// </summary>
internal static class RssFeedWriter
{
    public static string Write(SiteInfo site, SiteManifest manifest, ICategoryLabels labels, int maxItems, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(labels);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            NewLineChars = "\n",
        };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", $"{site.ColumnTitle} – {site.CommuneName}");
            xml.WriteElementString("link", site.Absolute(SitePaths.Index).AbsoluteUri);
            xml.WriteElementString("description", $"{site.ColumnTitle} của {site.CommuneName}");
            xml.WriteElementString("language", "vi");
            xml.WriteElementString("lastBuildDate", Rfc822(now));
            xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("href", site.Absolute(SitePaths.Feed).AbsoluteUri);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();

            foreach (var entry in manifest.NewestFirst().Take(maxItems))
            {
                var link = site.Absolute(SitePaths.Article(entry.Slug)).AbsoluteUri;
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(link);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(entry.PublishedAt));
                if (!string.IsNullOrWhiteSpace(entry.Summary))
                {
                    xml.WriteElementString("description", entry.Summary);
                }

                foreach (var key in entry.Categories)
                {
                    xml.WriteElementString("category", labels.Label(key));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>RFC 822 date-time in UTC with a four-digit year, e.g. <c>Mon, 02 Mar 2026 00:30:00 +0000</c>.</summary>
    public static string Rfc822(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
