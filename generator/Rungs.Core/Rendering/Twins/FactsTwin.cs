using Rungs.Rendering.Views;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/facts.html in C#: a spec's labelled facts (`facts`), linked from `root` where they link.</summary>
internal sealed class FactsTwin() : ListPartialTwin<FactView>("partials/facts.html", Facts)
{
    /// <summary>The one there is: it keeps no state.</summary>
    public static readonly FactsTwin Shared = new();

    protected override void Write(TwinOutput o, IReadOnlyList<FactView> facts, string root)
    {
        o.Raw("<dl class=\"facts\">\n");
        foreach (var f in facts)
        {
            o.Raw("  <div class=\"fact\" data-fact=\"").Raw(f.Id).Raw("\">\n    <dt>").Escaped(f.Label).Raw("</dt>\n    <dd>");
            if (f.Url is not null) o.Raw("<a href=\"").Raw(root).Raw(f.Url).Raw("\">").Escaped(f.Value).Raw("</a>");
            else if (f.DateTime is not null) o.Raw("<time datetime=\"").Raw(f.DateTime).Raw("\">").Escaped(f.Value).Raw("</time>");
            else o.Escaped(f.Value);
            o.Raw("</dd>\n  </div>\n");
        }

        o.Raw("</dl>\n");
    }
}
