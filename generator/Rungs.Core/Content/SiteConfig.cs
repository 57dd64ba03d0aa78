namespace Rungs.Content;

/// <summary>A link the site adds to its header navigation.</summary>
public sealed record NavLink(string Title, string Url);

/// <summary>The site's settings from `site.yml`.</summary>
public sealed record SiteConfig(
    string Title,
    string? Organisation,
    string? Description,
    BaseUrl? BaseUrl,
    string Theme,
    string Language,
    IReadOnlyList<NavLink> Nav)
{
    public const string DefaultTheme = "default";

    /// <summary>
    /// Stands in when `site.yml` is missing or broken (an error the parse stage reports), so the specs that did parse
    /// can still be linked and compared; a build with that error renders nothing.
    /// </summary>
    public static readonly SiteConfig Missing = new("(no site.yml)", null, null, null, DefaultTheme, "en", []);

    /// <summary>What HTML tags written in Markdown become: text (the default) or allow-listed markup.</summary>
    public RawHtml RawHtml { get; init; } = RawHtml.Escape;

    /// <summary>Headings the site adds to the known sections (`sections:`), in the order written.</summary>
    public IReadOnlyList<SectionHeading> Sections { get; init; } = [];
    /// <summary>The class keys the site declares (`fields:`), in declaration order.</summary>
    public IReadOnlyList<FieldDeclaration> Fields { get; init; } = [];

    /// <summary>The pay scale classes are paid on unless their series or they name another (`pay_scale:`).</summary>
    public SlugRef? PayScale { get; init; }

    /// <summary>The tag name patterns whose git tags are releases (`releases:`; <see cref="TagPattern.Default"/> unless given, none when empty).</summary>
    public IReadOnlyList<string> Releases { get; init; } = TagPattern.Default;
    /// <summary>How each spec lint is set (`lint:`); every rule a warning unless site.yml says otherwise.</summary>
    public LintConfig Lint { get; init; } = LintConfig.Default;

    /// <summary>The folder URL spec files are edited at (`edit_url:`), or null: spec pages then have no "Edit this page" link.</summary>
    public BaseUrl? EditUrl { get; init; }

    /// <summary>Where a spec's source file is edited: <see cref="EditUrl"/> and its content-relative path, each segment percent-encoded; null without `edit_url`.</summary>
    public string? EditLinkOf(string contentRelativePath) =>
        EditUrl is null ? null : EditUrl.Text + string.Join('/', contentRelativePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Where `theme:` is written (or the file start), for "no such theme" errors.</summary>
    public Diagnostics.SourcePosition ThemePosition { get; init; }

    /// <summary>
    /// True for a theme's name (`[a-z0-9-]+`): a folder under a themes root, never a path, so `theme:` cannot point a
    /// build at `/usr/share` or `../elsewhere`.
    /// </summary>
    public static bool IsValidThemeName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
