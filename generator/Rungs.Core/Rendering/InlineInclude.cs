using Rungs.Rendering.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Rungs.Rendering;

/// <summary>
/// Scriban's `include`, writing the partial straight into the including template's output instead of into a string
/// that the including template then copies. Same text, in the same order, as Scriban's own `include`.
/// </summary>
/// <remarks>
/// Scriban renders each include into a new StringBuilder, copies it out as a string, and copies that into the page;
/// on a large site those throwaway buffers were most of what rendering allocated, and the garbage collector's work
/// was a third of render time. Writing in place is exact only where Scriban would write the returned text unchanged:
/// when `include` is a statement of its own (not a value used in an expression), output is enabled, and no template
/// indents its output (a `{{` with whitespace before it on its line makes Scriban indent every line it writes, and
/// tracks line ends across the include). Anywhere else this falls back to Scriban's `include`.
/// </remarks>
/// <param name="twins">The C# twins of partials (<see cref="Twins.TemplateTwin"/>), written instead where they take the variables.</param>
internal sealed class InlineInclude(bool themeIndents, IReadOnlyDictionary<string, Twins.TemplateTwin> twins) : IScriptCustomFunction
{
    private readonly IncludeFunction _standard = new();

    /// <summary>Whether any of the templates indents its output (see remarks), so that only Scriban's `include` is exact.</summary>
    public static bool Indents(IEnumerable<Template> templates) => templates.Any(t => Indents(t.Page));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (themeIndents || !context.EnableOutput || callerContext is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call || arguments.Count == 0)
            return _standard.Invoke(context, callerContext, arguments, blockStatement);

        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call);
        if (path is null) return null;
        // A twin reads the caller's variables: with no arguments to the include, the partial would see just those.
        if (arguments.Count == 1 && call.Arguments.Count == 1 && twins.TryGetValue(path, out var twin) && twin.TryWrite(context, new Twins.TwinOutput(context)))
            return null;
        var template = context.GetOrCreateTemplate(path, call);

        // What TemplateContext.RenderTemplate does, less the output it pushes and copies back.
        context.EnterRecursive(call);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        var named = NamedArguments(context, call);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            foreach (var (name, value) in named)
                context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
            if (indent is not null) context.ResetPreviousNewLine();
            TemplateWriter.Write(context, template);
        }
        finally
        {
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(call);
        }

        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _standard.InvokeAsync(context, callerContext, arguments, blockStatement);

    public int RequiredParameterCount => _standard.RequiredParameterCount;

    public int ParameterCount => _standard.ParameterCount;

    public ScriptVarParamKind VarParamKind => _standard.VarParamKind;

    public Type ReturnType => _standard.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => _standard.GetParameterInfo(index);

    // Named arguments (`include 'x' rows: list`) are evaluated in the caller's scope, before the partial's own.
    private static List<(string Name, object? Value)> NamedArguments(TemplateContext context, ScriptFunctionCall call)
    {
        var named = new List<(string, object?)>();
        foreach (var argument in call.Arguments)
            if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                named.Add((name, value.Evaluate(context)));
        return named;
    }

    private static bool Indents(ScriptNode? node)
    {
        if (node is null) return false;
        if (node is ScriptEscapeStatement { Indent.Length: > 0 }) return true;
        for (var i = 0; i < node.ChildrenCount; i++)
            if (Indents(node.GetChildren(i))) return true;
        return false;
    }
}
