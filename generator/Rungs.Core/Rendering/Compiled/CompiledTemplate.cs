using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Compiled;

/// <summary>
/// A default-theme template compiled to C# by the theme compiler (generator/Rungs.ThemeCompiler): it writes the very text
/// Scriban writes for the template, without Scriban's cost per expression, loop step and include.
/// </summary>
/// <remarks>
/// The code is generated from the template's own text (`Rendering/Compiled/*.g.cs`), never written by hand. It stands in
/// only for that text (<see cref="Sources"/>, by SHA-256): a theme that overrides the template or any partial it includes
/// gets its own files interpreted. And it only takes variables of the types the template's head comment declares: given
/// anything else it writes nothing, and Scriban renders the template.
/// </remarks>
internal abstract class CompiledTemplate
{
    /// <summary>The template it was compiled from (`partials/diff.html`).</summary>
    public abstract string Path { get; }

    /// <summary>
    /// Every theme file whose text it writes (the template, and each partial it includes), with the SHA-256 of the
    /// text it was compiled from.
    /// </summary>
    public abstract IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>Writes the template for the context's variables; false, having written nothing, when they are not the declared types.</summary>
    public abstract bool TryWrite(TemplateContext context);

    /// <summary>The variable's value when it is a <typeparamref name="T"/>, read as the template would read it; false for anything else, or a variable not set.</summary>
    protected static bool TryGet<T>(TemplateContext context, ScriptVariableGlobal variable, out T value)
    {
        object? found;
        try
        {
            found = context.GetValue(variable);
        }
        catch (ScriptRuntimeException)
        {
            // Not set (strict variables): Scriban renders the template and reports it where the template reads it.
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
