using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Input;

namespace Rungs.Parsing;

/// <summary>
/// The settings of site.yml that parsing the other files depends on, read before they are parsed: what raw HTML in a
/// body becomes (`raw_html`) and which class keys the site declares (`fields:`). Equal settings parse files alike, so the
/// dev server's parse cache is kept while they stay equal.
/// </summary>
public sealed record ParseSettings(RawHtml RawHtml, IReadOnlyList<FieldDeclaration> Fields)
{
    /// <summary>The settings of a site.yml that sets neither (or cannot be read): escaped HTML, no declared fields.</summary>
    public static ParseSettings Default => new(RawHtml.Escape, []);

    public static ParseSettings Of(ContentSources sources)
    {
        var site = sources.Files.FirstOrDefault(f => ContentPath.IsSiteConfig(f.RelativePath));
        if (site?.Text is null) return Default;
        // Problems in site.yml are reported when it is parsed with the other files; here they only mean the safe default.
        var ignored = new DiagnosticList();
        var mapping = YamlLoader.LoadMapping(site.Text, site.DisplayPath, 1, ignored, site.RelativePath);
        if (mapping is null) return Default;
        var config = SpecReaders.ReadSite(new FrontMatterFields(mapping, site.DisplayPath, 1, ignored, site.RelativePath));
        return config is null ? Default : new ParseSettings(config.RawHtml, config.Fields);
    }

    public bool Equals(ParseSettings? other) =>
        other is not null && RawHtml == other.RawHtml && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => HashCode.Combine(RawHtml, Fields.Count);
}
