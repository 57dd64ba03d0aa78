using Rungs.Content;
using Scriban;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/sections.html in C#: a spec's `intro` and its `sections`, their HTML as the parser made it.</summary>
internal sealed class SectionsTwin : TemplateTwin
{
    public override string Path => "partials/sections.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = BuiltIn("partials/sections.html");

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TryGet(context, Intro, out string intro) || !TryGet(context, Sections, out IReadOnlyList<SpecSection> sections))
            return false;
        Write(context, o, intro, sections);
        return true;
    }

    /// <summary>A layout's `intro = …; sections = …; include 'sections.html'`.</summary>
    public static void Include(TemplateContext context, TwinOutput o, string intro, IReadOnlyList<SpecSection> sections)
    {
        context.SetValue(Intro, intro);
        context.SetValue(Sections, sections);
        Write(context, o, intro, sections);
    }

    private static void Write(TemplateContext context, TwinOutput o, string intro, IReadOnlyList<SpecSection> sections)
    {
        if (intro != "") o.Raw("<div class=\"prose intro\">\n").Raw(intro).Raw("\n</div>\n");
        foreach (var s in sections)
        {
            // `s.kind | string.downcase`: the kind's name as Scriban writes it, in lower case.
            o.Raw("<section class=\"spec-section kind-").Raw((context.ObjectToString(s.Kind) ?? "").ToLowerInvariant()).Raw("\" aria-labelledby=\"").Raw(s.Id)
                .Raw("\">\n  <h2 id=\"").Raw(s.Id).Raw("\">").Escaped(s.Heading).Raw("</h2>\n  <div class=\"prose\">\n").Raw(s.CompactHtml)
                .Raw("\n  </div>\n</section>\n");
        }
    }
}
