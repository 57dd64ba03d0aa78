using System.Globalization;
using System.Reflection;
using Scriban.Syntax;

namespace Rungs.ThemeCompiler;

// Expressions: names, members, literals, operators and filters, each typed as .NET types them, with Scriban's meaning.
public sealed partial class TemplateTranslator
{
    // Scriban's builtin objects (`string`, `html`, `array`, `date`, …): a template that calls them other than as the
    // filters below is interpreted.
    private static readonly HashSet<string> Builtins = [.. new Scriban.TemplateContext().BuiltinObject.Keys];

    private Typed Expression(ScriptExpression expression) => expression switch
    {
        ScriptNestedExpression { Expression: { } inner } => Parenthesized(Expression(inner)),
        ScriptLiteral literal => Literal(literal),
        ScriptVariableGlobal variable => Variable(variable),
        ScriptMemberExpression member => Member(member),
        ScriptUnaryExpression unary => Unary(unary),
        ScriptBinaryExpression binary => Binary(binary),
        ScriptConditionalExpression conditional => Conditional(conditional),
        ScriptPipeCall pipe => Filter(pipe),
        _ => throw new NotCompilable(expression.Span, $"it uses {Describe(expression)}"),
    };

    private static Typed Parenthesized(Typed value) => value with { Code = $"({value.Code})", Property = null, Receiver = null };

    private static Typed Literal(ScriptLiteral literal) => literal.Value switch
    {
        string text => new Typed(CSharpText.Literal(text), typeof(string), false),
        int number => new Typed(number.ToString(CultureInfo.InvariantCulture), typeof(int), false),
        bool flag => new Typed(flag ? "true" : "false", typeof(bool), false),
        null => new Typed("null", typeof(object), true),
        var other => throw new NotCompilable(literal.Span, $"it uses a literal of type {other.GetType().Name}"),
    };

    private Typed Variable(ScriptVariableGlobal variable) => _scope.Find(variable.Name) switch
    {
        ValueBinding binding => Checked(binding.Value),
        UnknownBinding unknown => throw new NotCompilable(variable.Span, $"it reads `{variable.Name}`, and {unknown.Why}"),
        LoopBinding => throw new NotCompilable(variable.Span, "it reads `for` other than as for.first, for.last, for.index or for.length"),
        _ when Builtins.Contains(variable.Name) => throw new NotCompilable(variable.Span, $"it uses Scriban's `{variable.Name}` other than as a filter the compiler knows"),
        // A template without declarations is not meant to be compiled (yet): only a head that forgets one is a mistake.
        _ when _scope.Inputs.Count == 0 => throw new NotCompilable(variable.Span, "its head comment declares no variables"),
        _ => throw new TemplateError(variable.Span, $"it reads `{variable.Name}`, which its head comment does not declare (`# {variable.Name}: type — what it is`)"),
    };

    // A value the code tested for null above is not null here.
    private Typed Checked(Typed value) => value.MaybeNull && _scope.IsNotNull(value.Code) ? value with { MaybeNull = false } : value;

    private Typed Member(ScriptMemberExpression member)
    {
        if (member.Target is null || member.Member is null) throw new NotCompilable(member.Span, "it uses an incomplete member access");
        var name = member.Member.Name;
        if (member.Target is ScriptVariableGlobal { Name: "for" } && _scope.Find("for") is LoopBinding loop)
            return name switch
            {
                "first" => new Typed($"({loop.Index} == 0)", typeof(bool), false),
                "index" => new Typed(loop.Index, typeof(int), false),
                "last" when loop.Count is not null => new Typed($"({loop.Index} == {loop.Count} - 1)", typeof(bool), false),
                "length" when loop.Count is not null => new Typed(loop.Count, typeof(int), false),
                _ => throw new NotCompilable(member.Span, $"it reads for.{name}"),
            };

        var target = Expression(member.Target);
        // `.size` of a list or a string is its length, as Scriban's list and string accessors give it.
        if (name == "size" && (target.Type == typeof(string) || TypeNames.IsList(target.Type)))
        {
            if (target.MaybeNull) throw new NotCompilable(member.Span, "it reads the size of something that may be null");
            var length = target.Type == typeof(string) || target.Type.IsArray ? "Length" : "Count";
            return new Typed($"{target.Code}.{length}", typeof(int), false);
        }

        if (target.Type == typeof(object) || target.Type.IsInterface || target.Type.IsPrimitive || target.Type == typeof(string)
            || typeof(Scriban.Runtime.IScriptObject).IsAssignableFrom(target.Type) || typeof(System.Collections.IEnumerable).IsAssignableFrom(target.Type))
            throw new NotCompilable(member.Span, $"it reads `{name}` of {TypeNames.Describe(target.Type)}, whose members the compiler does not know");
        // Scriban looks a member up on the object's own type: a subclass's member of the same name would win.
        if (!target.Type.IsSealed && !target.Type.IsValueType)
            throw new NotCompilable(member.Span, $"it reads `{name}` of {TypeNames.Describe(target.Type)}, which is not sealed");
        var property = ScribanMembers.Find(target.Type, name)
                       ?? throw new TemplateError(member.Span, $"{TypeNames.Describe(target.Type)} has no member `{name}`");

        var nullability = ScribanMembers.Of(property);
        var type = property.PropertyType;
        // A member of something that may be null is null when it is (Scriban reads null's members as null).
        if (target.MaybeNull && type.IsValueType && Nullable.GetUnderlyingType(type) is null) type = typeof(Nullable<>).MakeGenericType(type);
        var code = $"{target.Code}{(target.MaybeNull ? "?." : ".")}{property.Name}";
        var maybeNull = (target.MaybeNull || nullability.ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(type) is not null)
                        && !_scope.IsNotNull(code);
        return new Typed(code, type, maybeNull, nullability, property, target.MaybeNull ? null : target.Code);
    }

    private Typed Unary(ScriptUnaryExpression unary)
    {
        if (unary.Right is null) throw new NotCompilable(unary.Span, "it uses an incomplete unary expression");
        var right = Expression(unary.Right);
        return unary.Operator switch
        {
            ScriptUnaryOperator.Not => new Typed($"!{Truth(right, unary.Span)}", typeof(bool), false),
            ScriptUnaryOperator.Negate when right is { Type.Name: "Int32", MaybeNull: false } => new Typed($"(-{right.Code})", typeof(int), false),
            _ => throw new NotCompilable(unary.Span, $"it uses the operator `{unary.OperatorAsText}`"),
        };
    }

    private Typed Binary(ScriptBinaryExpression binary)
    {
        if (binary.Left is null || binary.Right is null) throw new NotCompilable(binary.Span, "it uses an incomplete binary expression");
        var left = Expression(binary.Left);
        var right = Expression(binary.Right);
        var both = (Integers: left is { IsInteger: true, MaybeNull: false } && right is { IsInteger: true, MaybeNull: false },
            Bools: left is { Type.Name: "Boolean", MaybeNull: false } && right is { Type.Name: "Boolean", MaybeNull: false });
        var text = left.Type == typeof(string) || right.Type == typeof(string);
        return binary.Operator switch
        {
            ScriptBinaryOperator.And => Bool($"({Truth(left, binary.Span)} && {Truth(right, binary.Span)})"),
            ScriptBinaryOperator.Or => Bool($"({Truth(left, binary.Span)} || {Truth(right, binary.Span)})"),
            // With a string on either side Scriban compares both sides as text (ordinal); numbers as numbers.
            ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual when text || both.Integers || both.Bools =>
                Bool($"({(text ? AsText(left) : left.Code)} {(binary.Operator == ScriptBinaryOperator.CompareEqual ? "==" : "!=")} {(text ? AsText(right) : right.Code)})"),
            ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareLessOrEqual
                or ScriptBinaryOperator.CompareGreaterOrEqual when both.Integers => Bool($"({left.Code} {binary.OperatorAsText} {right.Code})"),
            // With a string on either side `+` joins both as text, null as nothing.
            ScriptBinaryOperator.Add when text => new Typed($"string.Concat({AsText(left)}, {AsText(right)})", typeof(string), false),
            ScriptBinaryOperator.Add or ScriptBinaryOperator.Subtract when both.Integers && left.Type == typeof(int) && right.Type == typeof(int) =>
                new Typed($"({left.Code} {binary.OperatorAsText} {right.Code})", typeof(int), false),
            ScriptBinaryOperator.EmptyCoalescing when left.Type == right.Type && !left.Type.IsValueType =>
                new Typed($"({left.Code} ?? {right.Code})", left.Type, right.MaybeNull, left.Nullability),
            _ => throw new NotCompilable(binary.Span, $"it uses `{binary.OperatorAsText}` between {TypeNames.Describe(left.Type)} and {TypeNames.Describe(right.Type)}"),
        };
    }

    private Typed Conditional(ScriptConditionalExpression conditional)
    {
        if (conditional.Condition is null || conditional.ThenValue is null || conditional.ElseValue is null)
            throw new NotCompilable(conditional.Span, "it uses an incomplete conditional expression");
        var condition = Truth(Expression(conditional.Condition), conditional.Span);
        var then = Expression(conditional.ThenValue);
        var otherwise = Expression(conditional.ElseValue);
        if (then.Type != otherwise.Type)
            throw new NotCompilable(conditional.Span, $"it chooses between {TypeNames.Describe(then.Type)} and {TypeNames.Describe(otherwise.Type)}");
        return new Typed($"({condition} ? {then.Code} : {otherwise.Code})", then.Type, then.MaybeNull || otherwise.MaybeNull, then.Nullability);
    }

    // The code of the text `x` of `x | html.escape`, or null for any other expression.
    private string? EscapedText(ScriptExpression expression) =>
        expression is ScriptPipeCall { From: { } from, To: var to }
        && (to as ScriptMemberExpression ?? (to as ScriptFunctionCall is { Arguments.Count: 0, Target: ScriptMemberExpression call } ? call : null))
            is { Target: ScriptVariableGlobal { Name: "html" }, Member.Name: "escape" }
        && _scope.Find("html") is null
            ? AsText(Expression(from))
            : null;

    // `x | html.escape`, `x | string.downcase`, `x | string.starts_with "y"`, `n | math.format "N0"`: Scriban's own functions, called as Scriban
    // calls them, on the value as Scriban turns it into the text they take.
    private Typed Filter(ScriptPipeCall pipe)
    {
        var (function, arguments) = pipe.To switch
        {
            ScriptFunctionCall { Target: ScriptMemberExpression target, Arguments: var list } => (target, list.ToList()),
            ScriptMemberExpression target => (target, []),
            _ => throw new NotCompilable(pipe.Span, "it pipes into something other than a filter"),
        };
        if (pipe.From is null || function is not { Target: ScriptVariableGlobal { Name: var builtin }, Member.Name: var name } || _scope.Find(builtin) is not null)
            throw new NotCompilable(pipe.Span, "it pipes into something other than a filter");
        var from = Expression(pipe.From);
        var input = AsText(from);
        return ($"{builtin}.{name}", arguments.Count) switch
        {
            ("math.format", 1) => new Typed($"global::Scriban.Functions.MathFunctions.Format(context, default, (object)({from.Code}), {AsText(Expression(arguments[0]))}, null)", typeof(string), true),
            ("html.escape", 0) => new Typed($"global::Scriban.Functions.HtmlFunctions.Escape({input})", typeof(string), true),
            ("string.downcase", 0) => new Typed($"global::Scriban.Functions.StringFunctions.Downcase({input})", typeof(string), true),
            ("string.starts_with", 1) => Bool($"global::Scriban.Functions.StringFunctions.StartsWith({input}, {AsText(Expression(arguments[0]))})"),
            _ => throw new NotCompilable(pipe.Span, $"it uses the filter `{builtin}.{name}`"),
        };
    }

    // Scriban's truth: null and false are false, anything else is true (an empty string too).
    private static string Truth(Typed value, Scriban.Parsing.SourceSpan span)
    {
        if (value.Type == typeof(bool)) return value.Code;
        if (value.Type == typeof(bool?)) return $"({value.Code} == true)";
        if (Nullable.GetUnderlyingType(value.Type) is not null) return $"({value.Code}).HasValue";
        if (value.Type.IsValueType) throw new NotCompilable(span, $"it tests {TypeNames.Describe(value.Type)}, which Scriban holds true whatever it is");
        if (value.Type == typeof(object) || value.Type.IsAssignableFrom(typeof(Scriban.Runtime.ScriptObject)))
            return $"context.ToBool(default, {value.Code})";
        return $"({value.Code} is not null)";
    }

    // A value as Scriban turns it into text: a string is itself; anything else goes through the context's ObjectToString.
    private static string AsText(Typed value) => value.Type == typeof(string) ? value.Code : $"context.ObjectToString({value.Code})";

    private static Typed Bool(string code) => new(code, typeof(bool), false);

    private static string Describe(ScriptExpression expression) => expression switch
    {
        ScriptFunctionCall => "a function call",
        ScriptArrayInitializerExpression => "an array literal",
        ScriptObjectInitializerExpression => "an object literal",
        ScriptAnonymousFunction => "an anonymous function",
        ScriptIndexerExpression => "an indexer (`x[i]`)",
        ScriptVariableLocal => "a `$` variable",
        ScriptInterpolatedStringExpression => "an interpolated string",
        _ => expression.GetType().Name,
    };
}
