using Scriban;
using Scriban.Syntax;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>
/// A partial that writes one list the layout sets before including it (`facts`, `rows`, `items` or `links`), each
/// link from `root`.
/// </summary>
/// <param name="path">The partial (`partials/facts.html`), the only file the twin writes.</param>
/// <param name="variable">The variable the partial reads its list from.</param>
internal abstract class ListPartialTwin<T>(string path, ScriptVariableGlobal variable) : TemplateTwin
{
    public sealed override string Path => path;

    public sealed override IReadOnlyDictionary<string, string> Sources { get; } = BuiltIn(path);

    public sealed override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TryGet(context, variable, out IReadOnlyList<T> items) || !TryGet(context, Root, out string root)) return false;
        Write(o, items, root);
        return true;
    }

    /// <summary>A layout's `variable = items; include 'partial'`: sets the variable, as a template after it sees it, and writes the list.</summary>
    public void Include(TemplateContext context, TwinOutput o, IReadOnlyList<T> items, string root)
    {
        context.SetValue(variable, items);
        Write(o, items, root);
    }

    /// <summary>
    /// `{{ if items.size > 0 }}` <paramref name="opening"/>, the list's include, `  &lt;/section&gt;` `{{ end }}`: a
    /// layout's section that shows only with a list in it.
    /// </summary>
    public void Section(TemplateContext context, TwinOutput o, string opening, IReadOnlyList<T> items, string root)
    {
        if (items.Count == 0) return;
        o.Raw(opening);
        Include(context, o, items, root);
        o.Raw("  </section>\n");
    }

    /// <summary>The partial for the list.</summary>
    protected abstract void Write(TwinOutput o, IReadOnlyList<T> items, string root);
}
