using System.Text;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Rendering;
using Scriban.Runtime;

namespace Rungs.Tests.Support;

/// <summary>Renders one partial of the default theme on its own, for tests that hold markup made in code to the partial's bytes.</summary>
public static class DefaultThemePartial
{
    public static string Render(string name, ScriptObject globals)
    {
        var partial = File.ReadAllBytes(Path.Combine(Repo.Themes, "default", "partials", name));
        var theme = new ThemeFiles();
        theme.Overlay([
            new ThemeFile($"partials/{name}", $"themes/default/partials/{name}", partial),
            new ThemeFile("layouts/page.html", "themes/test/layouts/page.html", Encoding.UTF8.GetBytes($"{{{{ include '{name}' }}}}")),
        ]);
        var diagnostics = new DiagnosticList();
        // The template itself, never its C# twin: tests hold markup made in code to what the partial renders.
        var html = TemplateSet.Parse(theme, diagnostics, twins: false).Render("layouts/page.html", globals, diagnostics, "page.html");
        Assert.Empty(diagnostics.Items);
        return html!;
    }
}
