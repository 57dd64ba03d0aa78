using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Input;

namespace Rungs.Parsing;

/// <summary>
/// The site.yml settings every file's parse depends on, read before the other files are parsed: `raw_html` (what HTML
/// in the text becomes), `sections:` (which headings are known sections) and `fields:` (which class keys the site
/// declares). Equal settings parse files alike, so the dev server's parse cache is kept while they stay equal.
/// </summary>
public sealed record ParseSettings(RawHtml RawHtml, SectionVocabulary Sections, IReadOnlyList<FieldDeclaration> Fields)
{
    /// <summary>No site.yml, or one that does not parse: the safe default, the built-in headings, no declared fields.</summary>
    public static ParseSettings Default => new(RawHtml.Escape, SectionVocabulary.Of([]), []);

    public static ParseSettings Of(ContentSources sources)
    {
        var site = sources.Files.FirstOrDefault(f => ContentPath.IsSiteConfig(f.RelativePath));
        if (site?.Text is null) return Default;
        // Problems in site.yml are reported when it is parsed with the other files; here they only mean the defaults.
        var ignored = new DiagnosticList();
        var mapping = YamlLoader.LoadMapping(site.Text, site.DisplayPath, 1, ignored, site.RelativePath);
        if (mapping is null) return Default;
        var config = SpecReaders.ReadSite(new FrontMatterFields(mapping, site.DisplayPath, 1, ignored, site.RelativePath));
        return config is null ? Default : new ParseSettings(config.RawHtml, SectionVocabulary.Of(config.Sections), config.Fields);
    }

    // Where a declaration is written does not change how a file parses: moving it in site.yml keeps the cache.
    public bool Equals(ParseSettings? other) =>
        other is not null && RawHtml == other.RawHtml && Sections.Equals(other.Sections) && Fields.Count == other.Fields.Count
        && Fields.Zip(other.Fields).All(p => p.First with { Position = p.Second.Position } == p.Second);

    public override int GetHashCode() => HashCode.Combine(RawHtml, Sections, Fields.Count);
}
