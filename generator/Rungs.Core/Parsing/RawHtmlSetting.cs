using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Input;

namespace Rungs.Parsing;

/// <summary>Reads `raw_html` from a content folder's site.yml before the other files are parsed, since every body's HTML depends on it.</summary>
public static class RawHtmlSetting
{
    public static RawHtml Of(ContentSources sources)
    {
        var site = sources.Files.FirstOrDefault(f => ContentPath.IsSiteConfig(f.RelativePath));
        if (site?.Text is null) return RawHtml.Escape;
        // Problems in site.yml are reported when it is parsed with the other files; here they only mean the safe default.
        var ignored = new DiagnosticList();
        var mapping = YamlLoader.LoadMapping(site.Text, site.DisplayPath, 1, ignored, site.RelativePath);
        if (mapping is null) return RawHtml.Escape;
        return SpecReaders.ReadSite(new FrontMatterFields(mapping, site.DisplayPath, 1, ignored, site.RelativePath))?.RawHtml ?? RawHtml.Escape;
    }
}
