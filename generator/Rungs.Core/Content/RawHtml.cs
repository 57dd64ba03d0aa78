namespace Rungs.Content;

/// <summary>What a site does with HTML tags written in Markdown (`raw_html` in site.yml).</summary>
public enum RawHtml
{
    /// <summary>The default: tags are shown as text, so nothing a content file holds can become markup.</summary>
    Escape,

    /// <summary>Tags and attributes on a strict allow-list are kept; everything else is removed.</summary>
    AllowList,
}
