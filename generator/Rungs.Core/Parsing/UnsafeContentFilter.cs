using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>
/// Takes out of a parsed Markdown document whatever could run script in a reader's browser, before it is rendered:
/// links and images whose URL has an unsafe scheme (`javascript:`, `vbscript:`, `data:`…) lose their URL and keep
/// their text, and with `raw_html: allow-list` every raw HTML tag is rewritten by <see cref="HtmlAllowList"/>.
/// Each removal is a warning at its place, so the author learns why the page differs from the file.
/// </summary>
public static class UnsafeContentFilter
{
    private const string LinkHint = "links and images may use http:, https:, mailto: or tel:, or point to a page of the site";

    private const string HtmlHint = "with `raw_html: allow-list` only the tags and attributes listed in docs/security.md are kept";

    /// <param name="at">The source position of a 0-based line and column of the body.</param>
    public static void Apply(MarkdownDocument document, RawHtml rawHtml, Func<int, int, SourcePosition> at, DiagnosticList diagnostics)
    {
        // Everything is listed before anything changes: Markdig's descendant walk can lose its way in a tree being edited.
        List<LinkInline>? links = null;
        List<AutolinkInline>? autolinks = null;
        CollectLinks(document, ref links, ref autolinks);
        var htmlBlocks = rawHtml == RawHtml.AllowList ? document.Descendants<HtmlBlock>().ToList() : [];
        // The inline tags of one paragraph, heading or table cell are one fragment: what it opens, it closes.
        var inlineFragments = rawHtml == RawHtml.AllowList
            ? document.Descendants<LeafBlock>().Select(l => l.Inline).OfType<ContainerInline>()
                .Select(inline => (Inline: inline, Tags: inline.Descendants<HtmlInline>().ToList())).Where(f => f.Tags.Count > 0).ToList()
            : [];

        foreach (var link in links ?? [])
        {
            if (link.Url is not { } url || UrlSafety.IsSafe(url, link.IsImage)) continue;
            diagnostics.Warning(DiagnosticCodes.UnsafeContent, at(link.Line, link.Column),
                link.IsImage
                    ? $"the image `{Shorten(url)}` has an unsafe URL and is left out; its description is shown instead"
                    : $"the link to `{Shorten(url)}` has an unsafe URL and is removed; its text is kept",
                LinkHint);
            Unwrap(link);
        }

        foreach (var autolink in autolinks ?? [])
        {
            if (autolink.IsEmail || UrlSafety.IsSafe(autolink.Url)) continue;
            diagnostics.Warning(DiagnosticCodes.UnsafeContent, at(autolink.Line, autolink.Column),
                $"the link to `{Shorten(autolink.Url)}` has an unsafe URL and is removed; its text is kept", LinkHint);
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        foreach (var block in htmlBlocks)
        {
            var allowList = new HtmlAllowList();
            var cleaned = allowList.Clean(block.Lines.ToString()) + allowList.CloseAll();
            block.Lines = new StringLineGroup(cleaned);
            Report(allowList, at(block.Line, block.Column), diagnostics);
        }

        foreach (var (inline, tags) in inlineFragments)
        {
            var allowList = new HtmlAllowList();
            foreach (var tag in tags) tag.Tag = allowList.Clean(tag.Tag);
            if (allowList.CloseAll() is { Length: > 0 } closing) inline.AppendChild(new HtmlInline(closing));
            Report(allowList, at(tags[0].Line, tags[0].Column), diagnostics);
        }
    }

    /// <summary>
    /// The links and autolinks of a block, in document order (as Markdig's Descendants lists them), found in one walk
    /// that allocates nothing for the many bodies without a link. The body parser checked the depth first.
    /// </summary>
    private static void CollectLinks(Block block, ref List<LinkInline>? links, ref List<AutolinkInline>? autolinks)
    {
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container) CollectLinks(child, ref links, ref autolinks);
                break;
            case LeafBlock { Inline: { } inline }:
                CollectLinks(inline, ref links, ref autolinks);
                break;
        }
    }

    private static void CollectLinks(ContainerInline container, ref List<LinkInline>? links, ref List<AutolinkInline>? autolinks)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LinkInline link) (links ??= []).Add(link);
            else if (child is AutolinkInline autolink) (autolinks ??= []).Add(autolink);
            if (child is ContainerInline nested) CollectLinks(nested, ref links, ref autolinks);
        }
    }

    private static void Report(HtmlAllowList allowList, SourcePosition at, DiagnosticList diagnostics)
    {
        if (allowList.Removed.Count == 0) return;
        diagnostics.Warning(DiagnosticCodes.UnsafeContent, at, $"raw HTML was cleaned: removed {string.Join(", ", allowList.Removed)}", HtmlHint);
    }

    /// <summary>Puts a link's contents (its text, or an image's description) where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(InlineText.Of(link)), copyChildren: false);
            return;
        }

        for (var child = link.FirstChild; child is not null; child = link.FirstChild)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "…";
}
