using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>partials/facts.html in C#: a spec's labelled facts (`facts`), linked from `root` where they link.</summary>
internal sealed class FactsTwin : TemplateTwin
{
    private static readonly ScriptVariableGlobal FactsVariable = TwinVariables.Named("facts");

    public override string Path => "partials/facts.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>
    {
        ["partials/facts.html"] = "8D3B59BDE1CB1888BC90D23E20F0E6D8B828A84B095AC3E2091A1A07699CA434",
    };

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TwinVariables.TryGet(context, FactsVariable, out IReadOnlyList<FactView> facts) || !TwinVariables.TryGetRoot(context, out var root)) return false;
        Write(o, facts, root);
        return true;
    }

    public static void Write(TwinOutput o, IReadOnlyList<FactView> facts, string root)
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
