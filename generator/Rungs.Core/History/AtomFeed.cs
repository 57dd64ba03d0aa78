using System.Globalization;
using System.Text;
using System.Xml;

namespace Rungs.History;

/// <summary>One entry of the recent changes feed: a commit and what it changed in specs.</summary>
/// <param name="Hash">The commit's full hash; it makes the entry's id.</param>
/// <param name="LinkPath">The site-relative page the entry links to (the spec's page, or the commit's entry on the recent changes page).</param>
public sealed record FeedEntry(string Hash, DateTimeOffset Updated, string Title, string Summary, string LinkPath);

/// <summary>The feed as a whole: titles, where it and its page live, and its entries (newest first).</summary>
public sealed record FeedInfo(string Title, string Author, string Language, Content.BaseUrl? BaseUrl, string FeedPath, string PagePath, IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>What the feed's id names when the site has no base URL (`tag:rungs.invalid,2000:&lt;name&gt;`).</summary>
    public string Name { get; init; } = "recent-changes";
}

/// <summary>
/// Writes the recent changes as an Atom 1.0 feed (RFC 4287). Deterministic: every date comes from a commit; a feed with
/// no entries says it was updated at the Unix epoch. Ids are `tag:` URIs (RFC 4151) made of the commit hash and the spec's
/// path, under the host of the base URL (or `rungs.invalid` when none is set), so they never depend on the build.
/// Links are absolute when the base URL is known, else relative to the feed (readers resolve them against its address).
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The `updated` of a feed without entries: a fixed date, never the clock.</summary>
    public static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>The tag authority when the site has no base URL (RFC 2606 reserves `.invalid`).</summary>
    public const string NoAuthority = "rungs.invalid";

    public static byte[] Write(FeedInfo feed)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, Text(feed.Language));
            Element(xml, "id", FeedId(feed));
            Element(xml, "title", feed.Title);
            Element(xml, "updated", Date(feed.Entries.Count > 0 ? feed.Entries.Max(e => e.Updated) : Epoch));
            xml.WriteStartElement("author", Namespace);
            Element(xml, "name", feed.Author);
            xml.WriteEndElement();
            if (feed.BaseUrl is not null) Link(xml, "self", "application/atom+xml", Content.SiteUrls.Absolute(feed.BaseUrl, feed.FeedPath));
            Link(xml, "alternate", "text/html", Href(feed, feed.PagePath));
            Element(xml, "generator", "Rungs");
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("entry", Namespace);
                Element(xml, "id", EntryId(feed.BaseUrl, entry));
                Element(xml, "title", entry.Title);
                Element(xml, "updated", Date(entry.Updated));
                Link(xml, "alternate", "text/html", Href(feed, entry.LinkPath));
                Element(xml, "summary", entry.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        var bytes = stream.ToArray();
        // XmlWriter ends without a newline; files of the site end with one.
        return [.. bytes, (byte)'\n'];
    }

    /// <summary>`tag:hr.example.edu,2024-03-05:&lt;commit hash&gt;`: a commit is one entry.</summary>
    public static string EntryId(Content.BaseUrl? baseUrl, FeedEntry entry) =>
        $"tag:{Authority(baseUrl)},{entry.Updated.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{entry.Hash}";

    /// <summary>The feed's own address when the base URL is known; else a tag URI that names no real host.</summary>
    private static string FeedId(FeedInfo feed) =>
        feed.BaseUrl is not null ? Content.SiteUrls.Absolute(feed.BaseUrl, feed.FeedPath) : $"tag:{NoAuthority},2000:{feed.Name}";

    private static string Authority(Content.BaseUrl? baseUrl) => baseUrl?.Host ?? NoAuthority;

    private static string Href(FeedInfo feed, string pagePath) =>
        feed.BaseUrl is not null
            ? Content.SiteUrls.Absolute(feed.BaseUrl, pagePath)
            : Content.SiteUrls.RootFrom(feed.FeedPath) + pagePath;

    /// <summary>An element of text; every text goes through <see cref="Text"/>, so no value can make the writer throw.</summary>
    private static void Element(XmlWriter xml, string name, string text) => xml.WriteElementString(name, Namespace, Text(text));

    /// <summary>
    /// The text with what XML 1.0 forbids replaced (<see cref="Content.ForbiddenCharacters"/>): a commit subject may hold a form
    /// feed or ESC, on which XmlWriter throws.
    /// </summary>
    private static string Text(string text) => Content.ForbiddenCharacters.Replace(text);

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", Text(href));
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339 in UTC: `2024-03-05T09:30:00Z`.</summary>
    public static string Date(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
