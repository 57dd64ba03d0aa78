using System.Text;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Rendering;
using Scriban.Runtime;

namespace Rungs.Tests.Support;

/// <summary>Renders one partial of the default theme on its own, interpreted by Scriban or as the theme compiler compiled it.</summary>
public static class DefaultThemePartial
{
    /// <param name="compiled">Whether the partial's compiled C# may write it; by default Scriban interprets the template itself.</param>
    public static string Render(string name, ScriptObject globals, bool compiled = false)
    {
        // Every partial of the default theme, so that the one rendered may include others.
        var partials = Directory.GetFiles(Path.Combine(Repo.Themes, "default", "partials"), "*.html").Select(Path.GetFileName).OfType<string>()
            .Select(file => new ThemeFile($"partials/{file}", $"themes/default/partials/{file}", File.ReadAllBytes(Path.Combine(Repo.Themes, "default", "partials", file))));
        var theme = new ThemeFiles();
        theme.Overlay([
            .. partials,
            new ThemeFile("layouts/page.html", "themes/test/layouts/page.html", Encoding.UTF8.GetBytes($"{{{{ include '{name}' }}}}")),
        ]);
        var diagnostics = new DiagnosticList();
        var set = TemplateSet.Parse(theme, diagnostics, compiled);
        Assert.Equal(compiled, set.Compiled.Contains($"partials/{name}"));
        var html = set.Render("layouts/page.html", globals, diagnostics, "page.html");
        Assert.Empty(diagnostics.Items);
        return html!;
    }
}
