using System.Text;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Rendering.Text;
using Rungs.Rendering.Twins;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Rungs.Rendering;

/// <summary>
/// The theme's Scriban templates, each parsed once. Renders pages with one context per thread, reused from page
/// to page (contexts are not thread-safe; parsed templates are), and reports template errors as diagnostics.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayPaths = new(StringComparer.Ordinal);
    private readonly ThreadLocal<TemplateContext?> _contexts = new();
    private InlineInclude _include = new(themeIndents: true, new Dictionary<string, Twins.TemplateTwin>());
    private bool _themeIndents = true;
    private IReadOnlyDictionary<string, Twins.TemplateTwin> _twins = new Dictionary<string, Twins.TemplateTwin>();

    private TemplateSet()
    {
    }

    /// <summary>Parses every `.html` template under layouts/ and partials/; parse errors become diagnostics.</summary>
    /// <param name="twins">
    /// Whether the default theme's templates may be written by their C# twins (<see cref="Twins.TemplateTwin"/>) where the
    /// theme has their built-in text; off only to check that the twins write what the templates do.
    /// </param>
    public static TemplateSet Parse(ThemeFiles theme, DiagnosticList diagnostics, bool twins = true)
    {
        var set = new TemplateSet();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in theme.All.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)
                                                  && (f.RelativePath.StartsWith("layouts/", StringComparison.Ordinal) || f.RelativePath.StartsWith("partials/", StringComparison.Ordinal))))
        {
            var text = Input.TextDecoding.Normalise(Encoding.UTF8.GetString(file.Bytes));
            var template = Template.Parse(text, file.DisplayPath);
            texts[file.RelativePath] = text;
            set._displayPaths[file.RelativePath] = file.DisplayPath;
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Error(DiagnosticCodes.Template, At(message.Span, file.DisplayPath), $"template error: {message.Message}");
                continue;
            }

            set._templates[file.RelativePath] = template;
        }

        set._themeIndents = InlineInclude.Indents(set._templates.Values);
        // Twins write in place, as includes do: only where no template indents its output.
        if (twins && !set._themeIndents) set._twins = Twins.TemplateTwins.For(texts);
        set._include = new InlineInclude(set._themeIndents, set._twins);
        return set;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>
    /// Renders a page: its <paramref name="layout"/> inside the base layout <paramref name="frame"/>, which shows it as
    /// `content` (see <see cref="PageContent"/>); false (and a diagnostic) if either fails.
    /// </summary>
    /// <param name="onText">Given the page's text, in the thread's reused buffer; not called if rendering fails.</param>
    public bool RenderPage(string layout, string frame, ScriptObject globals, DiagnosticList diagnostics, string pagePath, PageTextHandler onText)
    {
        if (Find(layout, diagnostics, pagePath) is not { } body) return false;
        globals["content"] = new PageContent(body, _themeIndents, _twins.GetValueOrDefault(layout));
        return Render(frame, globals, diagnostics, pagePath, onText);
    }

    /// <summary>Renders a template with the given globals; null (and a diagnostic) if the template fails.</summary>
    public string? Render(string name, ScriptObject globals, DiagnosticList diagnostics, string pagePath)
    {
        string? text = null;
        return Render(name, globals, diagnostics, pagePath, rendered => text = rendered.ToString()) ? text : null;
    }

    private bool Render(string name, ScriptObject globals, DiagnosticList diagnostics, string pagePath, PageTextHandler onText)
    {
        if (Find(name, diagnostics, pagePath) is not { } template) return false;

        // A context is costly to make (it copies Scriban's builtins, and learns each model type's members by reflection),
        // so each thread keeps one for every page it renders. One that failed mid-render may hold half its state: drop it.
        var context = _contexts.Value ??= NewContext();
        context.PushGlobal(globals);
        var completed = false;
        try
        {
            if (!(_twins.TryGetValue(name, out var twin) && twin.TryWrite(context, new Twins.TwinOutput(context)))) TemplateWriter.Write(context, template);
            completed = true;
            ((PageTextOutput)context.Output).Take(onText);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            // The span names the template the error is in, which may be a partial the layout included.
            var file = string.IsNullOrEmpty(e.Span.FileName) ? _displayPaths.GetValueOrDefault(name, name) : e.Span.FileName;
            diagnostics.Error(DiagnosticCodes.Template, At(e.Span, file),
                $"template error while rendering {pagePath}: {e.OriginalMessage}");
            return false;
        }
        finally
        {
            if (completed) context.PopGlobal();
            else _contexts.Value = null;
        }
    }

    private Template? Find(string name, DiagnosticList diagnostics, string pagePath)
    {
        if (_templates.TryGetValue(name, out var template)) return template;
        diagnostics.Error(DiagnosticCodes.Template, SourcePosition.StartOf($"themes/*/{name}"),
            $"the theme has no template {name} (needed for {pagePath})", "add it to the theme, or remove the override that replaced it");
        return null;
    }

    private TemplateContext NewContext()
    {
        var context = new ThemeTemplateContext
        {
            TemplateLoader = this,
            // Scriban's safety limits suit untrusted templates; ours are the site's own. Its 1 MiB output cap
            // silently cut the all-classes page of a 10,000-class site, so output and loops are unlimited.
            LoopLimit = 0,
            LimitToString = 0,
            RecursiveLimit = 50,
            StrictVariables = true,
            NewLine = "\n",
        };
        context.PushOutput(new PageTextOutput());
        context.BuiltinObject.SetValue("include", _include, readOnly: true);
        foreach (var (key, partial) in _templates)
            if (key.StartsWith("partials/", StringComparison.Ordinal)) context.CachedTemplates[key] = partial;
        return context;
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        templateName.StartsWith("partials/", StringComparison.Ordinal) ? templateName : $"partials/{templateName}";

    // Includes are served from the parsed cache filled per context; anything else is not part of the theme.
    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"the theme has no partial `{templatePath}`");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"the theme has no partial `{templatePath}`");

    private static SourcePosition At(SourceSpan span, string path) =>
        new(path, Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1));
}
