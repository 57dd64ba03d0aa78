using Rungs.Rendering.Pages;
using Scriban;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>
/// A page layout's twin, for pages whose `model` is a <typeparamref name="TModel"/>: reads the `model`, `page`,
/// `canonical` and `root` the renderer sets for every page, and writes nothing (the layout runs) when they are not what it knows.
/// </summary>
/// <param name="path">The layout (`layouts/class.html`).</param>
/// <param name="partials">Each partial the twin writes in place of the layout's include of it.</param>
internal abstract class LayoutTwin<TModel>(string path, params string[] partials) : TemplateTwin
{
    public sealed override string Path => path;

    public sealed override IReadOnlyDictionary<string, string> Sources { get; } = BuiltIn([path, .. partials]);

    public sealed override bool TryWrite(TemplateContext context, TwinOutput o) =>
        TryGet(context, Model, out TModel model) && TryGet(context, Page, out PagePlan page) && TryGet(context, Canonical, out string canonical)
        && TryGet(context, Root, out string root) && TryWrite(context, o, model, page, canonical, root);

    /// <summary>Writes the layout for the page; false, having written nothing, when its other variables are not what the twin knows.</summary>
    protected abstract bool TryWrite(TemplateContext context, TwinOutput o, TModel model, PagePlan page, string canonical, string root);
}
