using Rungs.Rendering.Compiled;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Rungs.Rendering;

/// <summary>
/// Scriban's `include`, except that a compiled partial (<see cref="CompiledTemplate"/>) writes straight into the including
/// template's output where Scriban would write the partial's text unchanged. Everywhere else, and for every partial that
/// is not compiled, it is Scriban's own include.
/// </summary>
/// <remarks>
/// Writing in place is exact where `include 'name'` is a statement of its own (its text is written as it is, not used as a
/// value) with output enabled, and no template of the theme indents its output (<paramref name="compiled"/> is empty then,
/// see <see cref="TemplateSet"/>): the Scriban behaviours this relies on are stated and tested in ScribanBehaviourTests.
/// </remarks>
internal sealed class CompiledInclude(IReadOnlyDictionary<string, CompiledTemplate> compiled) : IScriptCustomFunction
{
    private readonly IncludeFunction _scriban = new();

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Compiled code reads the caller's variables: with more arguments to the include, the partial would see those too.
        if (compiled.Count > 0 && context.EnableOutput && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement, Arguments.Count: 1 } call
            && arguments.Count == 1 && context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call) is { } path
            && compiled.TryGetValue(path, out var partial) && partial.TryWrite(context))
            return null;
        return _scriban.Invoke(context, callerContext, arguments, blockStatement);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _scriban.InvokeAsync(context, callerContext, arguments, blockStatement);

    public int RequiredParameterCount => _scriban.RequiredParameterCount;

    public int ParameterCount => _scriban.ParameterCount;

    public ScriptVarParamKind VarParamKind => _scriban.VarParamKind;

    public Type ReturnType => _scriban.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => _scriban.GetParameterInfo(index);
}
