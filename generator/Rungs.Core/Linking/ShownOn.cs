namespace Rungs.Linking;

/// <summary>Whose pages show a cross-reference: the referring document's, the named document's, or both.</summary>
[Flags]
public enum ShownOn
{
    /// <summary>Only the site pages (indexes, search, career map), which are rebuilt on every edit anyway.</summary>
    SitePages = 0,

    /// <summary>The referring document's pages show something of each document it names (its title, its summary).</summary>
    Referrer = 1,

    /// <summary>The named document's pages list the documents that name it (back-links).</summary>
    Target = 2,

    Both = Referrer | Target,
}
