using System.Text;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Rendering;
using Rungs.Tests.Support;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Rungs.Tests.Rendering;

/// <summary>
/// TemplateSet renders exactly what Scriban renders on its own, although it reuses one context per thread and writes
/// compiled partials and the page's layout straight into the page (see CompiledInclude, PageContent): every case here is
/// compared with a fresh, plain Scriban context.
/// </summary>
public sealed class TemplateSetTests
{
    private static readonly Dictionary<string, string> Partials = new()
    {
        ["partials/list.html"] = "<ul>\n{{~ for i in items ~}}\n  <li>{{ i | html.escape }}</li>\n{{~ end ~}}\n</ul>\n",
        ["partials/word.html"] = "{{ if !for.first }} {{ end }}<b>{{ w }}</b>",
        ["partials/args.html"] = "[{{ $label }}:{{ $0 }}]",
        ["partials/early.html"] = "before{{ ret ' returned' }}after",
    };

    [Theory]
    [InlineData("statement", "<main>\n{{~ items = ['a', 'b<c']; include 'list.html' ~}}\n</main>\n")]
    [InlineData("in a loop", "<p>{{ for w in ['x', 'y', 'z'] }}{{ include 'word.html' }}{{ end }}</p>")]
    [InlineData("as a value", "{{ items = ['a']; x = include 'list.html'; x | string.upcase }}|{{ (include 'list.html') | string.size }}")]
    [InlineData("named arguments", "{{ include 'args.html' label: 'L' }}")]
    [InlineData("returning early", "<{{ include 'early.html' }}>")]
    [InlineData("in functions", "{{ func f; include 'word.html'; end; for w in ['a', 'b']; f; end }}|{{ items = ['q']; func g; include 'list.html'; end; y = g; y }}|{{ y = (do; include 'early.html'; end) }}")]
    [InlineData("captured", "{{ capture c; include 'args.html' label: 'L'; end; c | string.upcase }}")]
    [InlineData("indented", "<div>\n    {{ items = ['a', 'b']; include 'list.html' }}\n  {{ include 'list.html' }}\n</div>\n")]
    public void An_include_renders_what_Scriban_renders(string kind, string layout)
    {
        var theme = Theme(layout);
        var diagnostics = new DiagnosticList();
        var set = TemplateSet.Parse(theme, diagnostics);

        var html = set.Render("layouts/page.html", new ScriptObject(), diagnostics, "page.html");

        Assert.Empty(diagnostics.Items);
        Assert.Equal(PlainScriban(layout), html);
        Assert.False(string.IsNullOrEmpty(html), kind);
    }

    [Theory]
    [InlineData("statement", "<html>\n<body>\n{{ content }}\n</body>\n</html>\n")]
    [InlineData("as a value", "{{ content | string.upcase }}|{{ content }}|{{ content | string.size }}")]
    [InlineData("captured", "<p>{{ capture c }}<main>{{ content }}</main>{{ end }}{{ c }}|{{ c | string.size }}</p>")]
    public void A_page_renders_its_layout_where_the_base_layout_shows_content(string kind, string frame)
    {
        const string layout = "<main>\n{{~ items = ['a', 'b<c']; include 'list.html' ~}}\n</main>\n";
        var diagnostics = new DiagnosticList();
        var set = TemplateSet.Parse(Theme(layout, frame), diagnostics);

        string? html = null;
        var rendered = set.RenderPage("layouts/page.html", "layouts/base.html", new ScriptObject(), diagnostics, "page.html", text => html = text.ToString());

        Assert.True(rendered);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(PlainScriban(frame, new ScriptObject { ["content"] = PlainScriban(layout) }), html);
        Assert.Contains("b&lt;c", html, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Fact]
    public void A_page_does_not_see_what_the_page_rendered_before_it_assigned()
    {
        var set = TemplateSet.Parse(Theme("{{ if first }}{{ leaked = 'yes' }}{{ end }}{{ leaked }}"), new DiagnosticList());
        var diagnostics = new DiagnosticList();

        set.Render("layouts/page.html", new ScriptObject { ["first"] = true }, diagnostics, "one.html");
        var second = set.Render("layouts/page.html", new ScriptObject { ["first"] = false }, diagnostics, "two.html");

        Assert.Null(second);
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("two.html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_after_a_failed_page_renders_normally()
    {
        var set = TemplateSet.Parse(Theme("{{ for i in [1, 2] }}{{ include 'list.html' }}{{ end }}"), new DiagnosticList());
        var diagnostics = new DiagnosticList();

        // `items` is missing: the error is raised inside an include inside a loop, half way through the page.
        Assert.Null(set.Render("layouts/page.html", new ScriptObject(), diagnostics, "broken.html"));
        var html = set.Render("layouts/page.html", new ScriptObject { ["items"] = new[] { "a" } }, diagnostics, "good.html");

        Assert.Equal("<ul>\n  <li>a</li>\n</ul>\n<ul>\n  <li>a</li>\n</ul>\n", html);
        Assert.Single(diagnostics.Items);
    }

    private static ThemeFiles Theme(string layout, string frame = "{{ content }}")
    {
        var theme = new ThemeFiles();
        theme.Overlay(Partials.Append(new("layouts/page.html", layout)).Append(new("layouts/base.html", frame))
            .Select(p => new ThemeFile(p.Key, "themes/test/" + p.Key, Encoding.UTF8.GetBytes(p.Value))));
        return theme;
    }

    // The reference: Scriban's own include, with a fresh context, as TemplateSet is configured.
    private static string PlainScriban(string layout, ScriptObject? globals = null)
    {
        var context = new TemplateContext { TemplateLoader = new PartialLoader(Partials, "partials/"), LoopLimit = 0, LimitToString = 0, StrictVariables = true, NewLine = "\n" };
        context.PushGlobal(globals ?? new ScriptObject());
        return Template.Parse(layout).Render(context);
    }
}
