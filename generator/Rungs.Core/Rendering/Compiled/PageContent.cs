using Rungs.Rendering.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Rungs.Rendering.Compiled;

/// <summary>
/// The base layout's `content`: the page's own layout, rendered where the base layout writes `{{ content }}`, straight
/// into the page's output, instead of first into a string that the base layout then copies.
/// </summary>
/// <remarks>
/// Rendering the body apart cost two extra copies of it per page (into a string, then into the page). As with
/// <see cref="CompiledInclude"/>, writing in place is exact only where Scriban would write the text unchanged: `content`
/// as a statement of its own, output enabled, and no template indenting its output. Anywhere else (`content | …`)
/// `content` is the body's text, rendered once.
/// </remarks>
/// <param name="compiled">The layout's compiled C# (<see cref="CompiledTemplate"/>), written instead where it takes the page's variables.</param>
internal sealed class PageContent(Template layout, bool themeIndents, CompiledTemplate? compiled) : IScriptCustomFunction
{
    private string? _text;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (!themeIndents && context.EnableOutput && callerContext?.Parent is ScriptExpressionStatement)
        {
            WriteInPlace(context);
            return null;
        }

        return Text(context);
    }

    /// <summary>`{{ content }}` as a statement of its own: the layout, written into the context's output.</summary>
    public void WriteInPlace(TemplateContext context)
    {
        if (compiled is not null && compiled.TryWrite(context)) return;
        // Scriban renders into the context's output; into a page's, Render's returned text is empty (see PageTextOutput).
        // Any other output (a `capture`) Render would hand back and empty: the text is written through it instead.
        if (context.Output is PageTextOutput) layout.Render(context);
        else context.Write(Text(context));
    }

    private string Text(TemplateContext context)
    {
        if (_text is not null) return _text;
        context.PushOutput(new StringBuilderOutput());
        try
        {
            return _text = layout.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index), "content takes no arguments");
}
