using Rungs.Rendering.Views;
using Rungs.Tests.Support;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Rungs.Tests.Rendering;

/// <summary>
/// What Rungs relies on Scriban to do, stated one behaviour a test, so that a Scriban upgrade that changes one fails here
/// by name. The theme compiler gives compiled templates these meanings (truth, comparison, `+`, `??`, members, filters,
/// loops and assignments); TemplateSet, CompiledInclude and PageContent write compiled code and layouts straight into the
/// page through Scriban's public extension points (a replaced `include`, a custom function, Template.Render with the
/// page's own output), which is exact only where these hold.
/// </summary>
public sealed class ScribanBehaviourTests
{
    private enum Kind
    {
        Duties,
    }

    private sealed class RecordingOutput : IScriptOutput
    {
        public System.Text.StringBuilder Written { get; } = new();

        public void Write(string text, int offset, int count) => Written.Append(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => "returned";
    }

    private sealed class RecordingFunction : IScriptCustomFunction
    {
        public List<ScriptNode?> Callers { get; } = [];

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            Callers.Add(callerContext);
            return "x";
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 0;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");
    }

    [Fact]
    public void Render_with_a_context_writes_into_the_context_s_output_and_returns_that_output_s_text()
    {
        var output = new RecordingOutput();
        var context = Context();
        context.PushOutput(output);

        var returned = Template.Parse("a{{ 'b' }}c").Render(context);

        Assert.Equal("abc", output.Written.ToString());
        Assert.Equal("returned", returned);
    }

    [Fact]
    public void A_function_printed_by_a_statement_of_its_own_is_called_with_that_statement_as_its_caller_s_parent()
    {
        var function = new RecordingFunction();
        var context = Context(new ScriptObject { ["f"] = function });

        Template.Parse("{{ f }}|{{ f | string.upcase }}|{{ y = f }}").Render(context);

        Assert.Collection(function.Callers,
            caller => Assert.IsType<ScriptExpressionStatement>(caller?.Parent),
            caller => Assert.IsNotType<ScriptExpressionStatement>(caller?.Parent),
            caller => Assert.IsNotType<ScriptExpressionStatement>(caller?.Parent));
    }

    [Fact]
    public void A_replaced_include_is_called_with_the_call_and_a_statement_include_s_call_has_the_statement_as_parent()
    {
        var include = new RecordingFunction();
        var context = Context();
        context.BuiltinObject.SetValue("include", include, readOnly: true);

        Template.Parse("{{ include 'p.html' }}|{{ y = include 'p.html' }}").Render(context);

        Assert.Collection(include.Callers,
            caller => Assert.IsType<ScriptExpressionStatement>(Assert.IsType<ScriptFunctionCall>(caller).Parent),
            caller => Assert.IsNotType<ScriptExpressionStatement>(Assert.IsType<ScriptFunctionCall>(caller).Parent));
    }

    [Theory]
    [InlineData("{{ v }}\n", "a\nb\n", false)]
    [InlineData("<p>\n  {{~ v ~}}\n</p>", "<p>\na\nb</p>", false)]
    [InlineData("<p>\n  {{ v }}\n</p>", "<p>\n  a\n  b\n</p>", true)]
    public void A_statement_s_value_is_written_as_it_is_unless_a_block_on_its_line_has_whitespace_before_it(string template, string written, bool indents)
    {
        Assert.Equal(written, Render(template, new ScriptObject { ["v"] = "a\nb" }));
        Assert.Equal(indents, Nodes(Template.Parse(template).Page).OfType<ScriptEscapeStatement>().Any(e => e.Indent.Length > 0));
    }

    [Theory]
    [InlineData(null, "false")]
    [InlineData(false, "false")]
    [InlineData(true, "true")]
    [InlineData("", "true")]
    [InlineData(0, "true")]
    public void Only_null_and_false_are_false(object? value, string truth)
    {
        Assert.Equal(truth, Render("{{ if v }}true{{ else }}false{{ end }}", new ScriptObject { ["v"] = value }));
        Assert.Equal("true", Render("{{ if v }}true{{ else }}false{{ end }}", new ScriptObject { ["v"] = new FactView("id", "Label", "Value") }));
    }

    [Theory]
    [InlineData("{{ e == 'Duties' }}", "true")]
    [InlineData("{{ n == '1' }}", "true")]
    [InlineData("{{ s == 'x' }}", "false")]
    [InlineData("{{ 'a' + s }}|{{ 'a' + n }}", "a|a1")]
    [InlineData("{{ s ?? 'y' }}|{{ '' ?? 'y' }}", "y|")]
    [InlineData("{{ n > 0 }}{{ n - 2 }}", "true-1")]
    public void Comparisons_and_joins_with_a_string_treat_both_sides_as_text_and_null_as_nothing(string template, string written)
    {
        Assert.Equal(written, Render(template, new ScriptObject { ["e"] = Kind.Duties, ["n"] = 1, ["s"] = null }));
    }

    [Fact]
    public void Members_are_read_by_their_snake_case_names_and_lists_and_strings_have_a_size()
    {
        var card = new ClassCard("slug", "Title", "url", null, 2, "Level II", null, null, null, "Series", "series-url");

        Assert.Equal("Level II|2|3|5", Render("{{ c.level_name }}|{{ c.level }}|{{ l.size }}|{{ c.title.size }}",
            new ScriptObject { ["c"] = card, ["l"] = new List<int> { 1, 2, 3 } }));
    }

    [Fact]
    public void Filters_are_Scriban_s_functions_given_the_value_as_text()
    {
        Assert.Equal($"{Scriban.Functions.HtmlFunctions.Escape("<a & \"b\">")}|duties|true|false",
            Render("{{ h | html.escape }}|{{ e | string.downcase }}|{{ u | string.starts_with 'http' }}|{{ u | string.starts_with '' }}",
                new ScriptObject { ["h"] = "<a & \"b\">", ["e"] = Kind.Duties, ["u"] = "https://x" }));
    }

    [Fact]
    public void Loops_give_first_last_and_index_and_their_variable_hides_a_global_even_in_an_include()
    {
        var loaded = new ScriptObject { ["i"] = "global" };
        Assert.Equal("[0 first a][1 b][2 last c]|global", Render(
            "{{ for i in ['a', 'b', 'c'] }}[{{ for.index }}{{ if for.first }} first{{ end }}{{ if for.last }} last{{ end }} {{ include 'p.html' }}]{{ end }}|{{ i }}",
            loaded, new Dictionary<string, string> { ["p.html"] = "{{ i }}" }));
    }

    [Fact]
    public void An_assignment_sets_the_page_s_global_which_an_include_and_the_rest_of_the_page_see()
    {
        Assert.Equal("1|2|2", Render("{{ x = 1; include 'p.html' }}|{{ include 'q.html' }}|{{ x }}", new ScriptObject(),
            new Dictionary<string, string> { ["p.html"] = "{{ x }}", ["q.html"] = "{{ x = 2; x }}" }));
    }

    private static TemplateContext Context(ScriptObject? globals = null, Dictionary<string, string>? partials = null)
    {
        var context = new TemplateContext { StrictVariables = true, NewLine = "\n", LoopLimit = 0, LimitToString = 0, TemplateLoader = new PartialLoader(partials ?? []) };
        context.PushGlobal(globals ?? new ScriptObject());
        return context;
    }

    private static string Render(string template, ScriptObject globals, Dictionary<string, string>? partials = null) =>
        Template.Parse(template).Render(Context(globals, partials));

    private static IEnumerable<ScriptNode> Nodes(ScriptNode? node)
    {
        if (node is null) yield break;
        yield return node;
        for (var i = 0; i < node.ChildrenCount; i++)
            foreach (var child in Nodes(node.GetChildren(i)))
                yield return child;
    }
}
