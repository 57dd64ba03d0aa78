using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>Reads a template's variables for a <see cref="TemplateTwin"/>, as the template would (locals, loop variables, then globals).</summary>
internal static class TwinVariables
{
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

    private static readonly ScriptVariableGlobal Root = new("root");

    /// <summary>`root`, the page's way back to the site root, which every link of a template starts with.</summary>
    public static bool TryGetRoot(TemplateContext context, out string root) => TryGet(context, Root, out root);

    /// <summary>A variable as templates name it (`diff`, `root`).</summary>
    public static ScriptVariableGlobal Named(string name) => new(name);
}
