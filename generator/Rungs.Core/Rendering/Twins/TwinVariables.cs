using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>Reads a template's variables for a <see cref="TemplateTwin"/>, as the template would (locals, loop variables, then globals).</summary>
internal static class TwinVariables
{
    // The variables of the default theme's templates that twins read or set, by name.
    public static readonly ScriptVariableGlobal Canonical = new("canonical");
    public static readonly ScriptVariableGlobal Compact = new("compact");
    public static readonly ScriptVariableGlobal LayoutContent = new("content");
    public static readonly ScriptVariableGlobal Diff = new("diff");
    public static readonly ScriptVariableGlobal Facts = new("facts");
    public static readonly ScriptVariableGlobal First = new("first");
    public static readonly ScriptVariableGlobal Footer = new("site_footer");
    public static readonly ScriptVariableGlobal Head = new("site_head");
    public static readonly ScriptVariableGlobal Header = new("site_header");
    public static readonly ScriptVariableGlobal Intro = new("intro");
    public static readonly ScriptVariableGlobal Items = new("items");
    public static readonly ScriptVariableGlobal Links = new("links");
    public static readonly ScriptVariableGlobal Matrices = new("matrices");
    public static readonly ScriptVariableGlobal Model = new("model");
    public static readonly ScriptVariableGlobal Page = new("page");
    public static readonly ScriptVariableGlobal Rows = new("rows");
    public static readonly ScriptVariableGlobal Sections = new("sections");
    public static readonly ScriptVariableGlobal Site = new("site");
    public static readonly ScriptVariableGlobal UseWordsMarkup = new("words_markup");
    public static readonly ScriptVariableGlobal Root = new("root");

    /// <summary>The variable's value when it is a <typeparamref name="T"/>; false for anything else, or a variable not set.</summary>
    public static bool TryGet<T>(TemplateContext context, ScriptVariableGlobal variable, out T value)
    {
        object? found;
        try
        {
            found = context.GetValue(variable);
        }
        catch (ScriptRuntimeException)
        {
            // Not set (strict variables): the template runs and reports it where the theme reads it.
            found = null;
        }

        if (found is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }
}
