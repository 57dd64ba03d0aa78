using System.Reflection;
using System.Text;
using Rungs.Content;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Rungs.ThemeCompiler;

/// <summary>
/// Translates one template's statements into the body of its compiled Write method, for the subset the default theme
/// uses: text, `{{ x }}`, `if`/`else if`/`else`, `for` (with `for.first`, `for.last`, `for.index`), assignments and
/// `include`s of compiled partials. Anything else throws <see cref="NotCompilable"/>, and Scriban interprets the template.
/// </summary>
/// <param name="partial">The compiled signature of an included partial; throws <see cref="NotCompilable"/> when it is interpreted.</param>
public sealed partial class TemplateTranslator(TemplateFile file, IReadOnlyDictionary<string, Typed> inputs, Func<string, SourceSpan, CompiledSignature> partial)
{
    private readonly CodeWriter _code = new(indent: 2);
    private readonly Scope _scope = new(inputs);
    private readonly HashSet<string> _locals = ["context", "o"];
    private readonly SortedSet<string> _assigns = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _sources = new(StringComparer.Ordinal) { [file.Path] = file.Hash };
    private readonly SortedSet<string> _variables = new(StringComparer.Ordinal);

    /// <summary>The Write method's body.</summary>
    public string Body => _code.ToString();

    /// <summary>The declared inputs the template reads, in declaration order: the Write method's parameters.</summary>
    public IReadOnlyList<string> Parameters => [.. inputs.Keys.Where(_scope.UsedInputs.Contains)];

    public IReadOnlySet<string> Assigns => _assigns;

    public IReadOnlyDictionary<string, string> Sources => _sources;

    /// <summary>The template names the code reads or sets in the context (its inputs, and what it assigns).</summary>
    public IReadOnlySet<string> Variables => _variables;

    /// <summary>Translates the whole template.</summary>
    public void Translate()
    {
        if (file.Parsed.Page is not { } page) return;
        if (page.FrontMatter is not null) throw new NotCompilable(page.Span, "it has front matter");
        if (page.Body is not null) Block(page.Body);
        foreach (var name in Parameters) _variables.Add(name);
    }

    private void Block(ScriptBlockStatement block)
    {
        // Text between code blocks is written as one string, however many `{{~ … ~}}` comments split it.
        var text = new StringBuilder();
        foreach (var statement in block.Statements)
        {
            switch (statement)
            {
                case ScriptEscapeStatement { Indent.Length: > 0 } escape:
                    throw new NotCompilable(escape.Span, "a `{{` with whitespace before it on its line makes Scriban indent what the block writes");
                case ScriptEscapeStatement or ScriptEndStatement:
                    continue;
                case ScriptRawStatement raw:
                    text.Append(raw.Text.ToString());
                    continue;
            }

            Text(text);
            Statement(statement);
        }

        Text(text);
    }

    private void Text(StringBuilder text)
    {
        if (text.Length == 0) return;
        _code.Line($"o.Raw({CSharpText.Literal(text.ToString())});");
        text.Clear();
    }

    private void Statement(ScriptStatement statement)
    {
        switch (statement)
        {
            case ScriptExpressionStatement { Expression: ScriptAssignExpression assign }:
                Assign(assign);
                break;
            case ScriptExpressionStatement { Expression: ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call }
                when _scope.Find("include") is null:
                Include(call);
                break;
            case ScriptExpressionStatement { Expression: { } expression }:
                Write(expression);
                break;
            case ScriptIfStatement branch:
                If(branch);
                break;
            case ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement):
                For(loop);
                break;
            default:
                throw new NotCompilable(statement.Span, $"it uses a {Describe(statement)}");
        }
    }

    // `{{ x }}`: the value written as Scriban writes a statement's value.
    private void Write(ScriptExpression expression)
    {
        // `{{ content }}`: the page's layout, written in place (PageContent, the base layout's `content`).
        if (expression is ScriptVariableGlobal variable && _scope.Find(variable.Name) is ValueBinding { Value.Type.FullName: "Rungs.Rendering.Compiled.PageContent" } content)
        {
            _code.Line($"{content.Value.Code}.WriteInPlace(context);");
            return;
        }

        // `{{ x | html.escape }}` escapes into the page, not into a string written after.
        if (EscapedText(expression) is { } escaped)
        {
            _code.Line($"o.Escaped({escaped});");
            return;
        }

        var value = Expression(expression);
        if (value is { Property: { } property, Receiver: { } receiver } && property.GetCustomAttribute<WrittenFromAttribute>() is { } from)
            _code.Line($"o.Raw({receiver}.{from.Member});");
        else if (value.Type == typeof(string)) _code.Line($"o.Raw({value.Code});");
        else if (typeof(Rendering.Text.Markup).IsAssignableFrom(value.Type)) _code.Line($"o.Write({value.Code});");
        else _code.Line($"o.Value({value.Code});");
    }

    // `x = value`: Scriban sets the page's global `x`; the code keeps the value as a local too.
    private void Assign(ScriptAssignExpression assign)
    {
        if (assign.Target is not ScriptVariableGlobal target || assign.Value is null) throw new NotCompilable(assign.Span, "it assigns to something other than a plain name");
        if (_scope.Find(target.Name) is ValueBinding { IsLoopVariable: true })
            throw new NotCompilable(assign.Span, $"it assigns to `{target.Name}` inside the loop over it (Scriban sets the global, and the loop still reads its item)");
        var value = Expression(assign.Value);
        if (value.Code == "null") throw new NotCompilable(assign.Span, "it assigns null");
        var local = Local(target.Name);
        _code.Line($"var {local} = {value.Code};");
        _code.Line($"context.SetValue(Vars.{CSharpText.Identifier(target.Name)}, {local});");
        _variables.Add(target.Name);
        _assigns.Add(target.Name);
        _scope.Bind(new ValueBinding(target.Name, value with { Code = local, Property = null, Receiver = null }, false));
    }

    // `include 'name.html'` of a compiled partial: a call of its Write method with the variables it reads, as they are here.
    private void Include(ScriptFunctionCall call)
    {
        if (call.Arguments.Count != 1 || call.Arguments[0] is not ScriptLiteral { Value: string name })
            throw new NotCompilable(call.Span, "it includes a template named by anything but one quoted name");
        var path = name.StartsWith("partials/", StringComparison.Ordinal) ? name : "partials/" + name;
        var callee = partial(path, call.Span);
        var arguments = new List<string> { "context" };
        foreach (var (parameter, type) in callee.Parameters)
        {
            var value = _scope.Find(parameter) switch
            {
                null => throw new TemplateError(call.Span, $"it includes {path}, which reads `{parameter}`: declare `{parameter}` in this template's head comment"),
                UnknownBinding unknown => throw new NotCompilable(call.Span, $"it includes {path}, which reads `{parameter}`, and {unknown.Why}"),
                LoopBinding => throw new NotCompilable(call.Span, $"it includes {path} inside a loop, and {path} reads the loop's `for`"),
                ValueBinding binding => Checked(binding.Value),
                _ => throw new InvalidOperationException(),
            };
            if (!type.IsAssignableFrom(value.Type))
                throw new TemplateError(call.Span, $"it gives {path} `{parameter}` as {TypeNames.Describe(value.Type)}, and {path} declares it {TypeNames.Describe(type)}");
            if (value.MaybeNull && !type.IsValueType)
                throw new NotCompilable(call.Span, $"`{parameter}` may be null where it includes {path} (test it with `if` first)");
            arguments.Add(value.Code);
        }

        _code.Line($"{callee.ClassName}.Write({string.Join(", ", arguments)});");
        foreach (var (source, hash) in callee.Sources) _sources[source] = hash;
        foreach (var assigned in callee.Assigns)
        {
            _assigns.Add(assigned);
            _scope.Forget(assigned, $"`{assigned}` is set by {path}");
        }
    }

    private void If(ScriptIfStatement statement)
    {
        ScriptConditionStatement? branch = statement;
        var keyword = "if";
        (string? Code, bool Negated) tested = (null, false);
        while (branch is ScriptIfStatement { Condition: { } condition, Then: { } then } next)
        {
            tested = Tested(condition);
            _code.Line($"{keyword} ({Unwrapped(Truth(Expression(condition), condition.Span))})");
            Nested(then, tested is { Code: { } code, Negated: false } ? code : null);
            keyword = "else if";
            branch = next.Else;
        }

        if (branch is ScriptElseStatement { Body: { } body })
        {
            _code.Line("else");
            // The branch of `if !x … else`: x is not null there.
            Nested(body, tested is { Code: { } code, Negated: true } ? code : null);
        }
        else if (branch is not null)
        {
            throw new NotCompilable(branch.Span, $"it uses a {Describe(branch)}");
        }
    }

    private void Nested(ScriptBlockStatement block, string? notNull)
    {
        _code.Open();
        _scope.Push();
        if (notNull is not null) _scope.NotNull(notNull);
        Block(block);
        _scope.Pop();
        _code.Close();
    }

    private void For(ScriptForStatement loop)
    {
        if (loop.Variable is not ScriptVariableGlobal variable || loop.Iterator is null || loop.Body is null)
            throw new NotCompilable(loop.Span, "it loops with a variable that is not a plain name");
        if (loop.NamedArguments is { Count: > 0 }) throw new NotCompilable(loop.Span, "it uses `for` options (offset, limit, reversed)");
        if (loop.Else is not null) throw new NotCompilable(loop.Span, "it uses `for … else`");

        var sequence = loop.Iterator is ScriptArrayInitializerExpression literal ? Strings(literal) : Expression(loop.Iterator);
        if (TypeNames.ElementOf(sequence.Type) is not { } elementType || typeof(Scriban.Runtime.IScriptObject).IsAssignableFrom(sequence.Type))
            throw new NotCompilable(loop.Iterator.Span, $"it loops over {TypeNames.Describe(sequence.Type)}");
        var elementNullable = sequence.Nullability is { } info
            && (info.ElementType ?? info.GenericTypeArguments.FirstOrDefault())?.ReadState == NullabilityState.Nullable;

        var item = Local(variable.Name);
        var list = Local(variable.Name + "_list");
        var index = Local(variable.Name + "_index");
        _code.Line($"var {list} = {sequence.Code};");
        if (sequence.MaybeNull)
        {
            // Scriban loops over nothing when the sequence is null.
            _code.Line($"if ({list} is not null)");
            _code.Open();
        }

        string? count = null;
        if (TypeNames.IsList(sequence.Type))
        {
            count = $"{list}.{(sequence.Type.IsArray ? "Length" : "Count")}";
            _code.Line($"for (var {index} = 0; {index} < {count}; {index}++)");
            _code.Open();
            _code.Line($"var {item} = {list}[{index}];");
        }
        else
        {
            _code.Line($"var {index} = -1;");
            _code.Line($"foreach (var {item} in {list})");
            _code.Open();
            _code.Line($"{index}++;");
        }

        _scope.Push();
        var element = sequence.Nullability is { } nullability ? nullability.ElementType ?? nullability.GenericTypeArguments.FirstOrDefault() : null;
        _scope.Hold(new ValueBinding(variable.Name, new Typed(item, elementType, elementNullable && !elementType.IsValueType, element), true));
        _scope.Hold(new LoopBinding(index, count));
        Block(loop.Body);
        _scope.Pop();
        _code.Close();
        if (sequence.MaybeNull) _code.Close();
    }

    // `for side in ["a", "b"]`: an array of quoted strings.
    private static Typed Strings(ScriptArrayInitializerExpression literal)
    {
        var values = literal.Values.Select(v => v is ScriptLiteral { Value: string text }
            ? CSharpText.Literal(text)
            : throw new NotCompilable(v.Span, "it loops over an array of anything but quoted strings"));
        return new Typed($"new string[] {{ {string.Join(", ", values)} }}", typeof(string[]), false);
    }

    // The expression an `if` tests for null, when it is a plain name or member path (`model.below`, `!model.next_step`).
    private (string? Code, bool Negated) Tested(ScriptExpression condition)
    {
        var negated = false;
        while (condition is ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } right })
        {
            negated = !negated;
            condition = right;
        }

        if (condition is not (ScriptVariableGlobal or ScriptMemberExpression)) return (null, false);
        var value = Expression(condition);
        return value.Type.IsValueType ? (null, false) : (value.Code, negated);
    }

    // `(a == b)` as `a == b`, where the parentheses hold the whole condition (string literals' parentheses aside).
    private static string Unwrapped(string code)
    {
        if (code.Length < 2 || code[0] != '(' || code[^1] != ')') return code;
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < code.Length - 1; i++)
        {
            if (code[i] == '\\' && quoted) i++;
            else if (code[i] == '"') quoted = !quoted;
            else if (!quoted) depth += code[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0) return code;
        }

        return code[1..^1];
    }

    /// <summary>A C# local for a template name, unique in the method.</summary>
    private string Local(string name)
    {
        var local = CSharpText.Identifier(name);
        for (var n = 2; !_locals.Add(local); n++) local = CSharpText.Identifier(name + n);
        return local;
    }

    private static string Describe(ScriptNode node) => node switch
    {
        ScriptIfStatement => "`if`",
        ScriptElseStatement => "`else`",
        ScriptForStatement => "`for`",
        ScriptWhileStatement => "`while` loop",
        ScriptCaptureStatement => "`capture`",
        ScriptFunction => "`func`",
        ScriptBreakStatement or ScriptContinueStatement => "`break` or `continue`",
        ScriptReturnStatement => "`ret`",
        ScriptWithStatement => "`with`",
        ScriptCaseStatement => "`case`",
        _ => node.GetType().Name.Replace("Script", "", StringComparison.Ordinal).ToLowerInvariant(),
    };
}
