using Rungs.Rendering.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>
/// The base layout's `content`: the page's own layout, rendered where the base layout writes `{{ content }}`, straight
/// into the page's output, instead of first into a string that the base layout then copies.
/// </summary>
/// <remarks>
/// Rendering the body apart cost two extra copies of it per page (into a string, then into the page). As with
/// <see cref="InlineInclude"/>, writing in place is exact only where Scriban would write the text unchanged: `content`
/// as a statement of its own, output enabled, and no template indenting its output. Anywhere else (`content | …`)
/// `content` is the body's text, rendered once.
/// </remarks>
/// <param name="twin">The layout's C# twin (<see cref="Twins.TemplateTwin"/>), written instead where it takes the page's variables.</param>
internal sealed class PageContent(Template layout, bool themeIndents, Twins.TemplateTwin? twin) : IScriptCustomFunction
{
    private string? _text;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (!themeIndents && context.EnableOutput && callerContext?.Parent is ScriptExpressionStatement)
        {
            WriteInPlace(context);
            return null;
        }

        if (_text is null)
        {
            var output = new StringBuilderOutput();
            context.PushOutput(output);
            try
            {
                TemplateWriter.Write(context, layout);
            }
            finally
            {
                context.PopOutput();
            }

            _text = output.ToString();
        }

        return _text;
    }

    /// <summary>`{{ content }}` as a statement of its own: the layout, written into the context's output.</summary>
    public void WriteInPlace(TemplateContext context)
    {
        if (twin is null || !twin.TryWrite(context, new Twins.TwinOutput(context))) TemplateWriter.Write(context, layout);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index), "content takes no arguments");
}
