using System.Text;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Rendering.Compiled;
using Rungs.Rendering.Text;
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
    private CompiledInclude _include = new(new Dictionary<string, CompiledTemplate>());
    private bool _themeIndents = true;
    private IReadOnlyDictionary<string, CompiledTemplate> _compiled = new Dictionary<string, CompiledTemplate>();

    private TemplateSet()
    {
    }

    /// <summary>A template file's text as the build reads it (UTF-8, normalised); the theme compiler reads it the same way.</summary>
    public static string TextOf(ReadOnlySpan<byte> bytes) => Input.TextDecoding.Normalise(Encoding.UTF8.GetString(bytes));

    /// <summary>Parses every `.html` template under layouts/ and partials/; parse errors become diagnostics.</summary>
    /// <param name="compiled">
    /// Whether the default theme's templates may be written by their compiled C# (<see cref="CompiledTemplate"/>) where the
    /// theme has their built-in text; off only to check that the compiled code writes what Scriban does.
    /// </param>
    public static TemplateSet Parse(ThemeFiles theme, DiagnosticList diagnostics, bool compiled = true)
    {
        var set = new TemplateSet();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in theme.All.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)
                                                  && (f.RelativePath.StartsWith("layouts/", StringComparison.Ordinal) || f.RelativePath.StartsWith("partials/", StringComparison.Ordinal))))
        {
            var text = TextOf(file.Bytes);
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

        set._themeIndents = set._templates.Values.Any(t => Indents(t.Page));
        // Compiled templates write in place: only where no template indents its output.
        if (compiled && !set._themeIndents) set._compiled = CompiledTemplates.For(texts);
        set._include = new CompiledInclude(set._compiled);
        return set;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>The templates whose compiled C# stands in for them in this theme.</summary>
    internal IEnumerable<string> Compiled => _compiled.Keys;

    /// <summary>
    /// Renders a page: its <paramref name="layout"/> inside the base layout <paramref name="frame"/>, which shows it as
    /// `content` (see <see cref="PageContent"/>); false (and a diagnostic) if either fails.
    /// </summary>
    /// <param name="onText">Given the page's text, in the thread's reused buffer; not called if rendering fails.</param>
    public bool RenderPage(string layout, string frame, ScriptObject globals, DiagnosticList diagnostics, string pagePath, PageTextHandler onText)
    {
        if (Find(layout, diagnostics, pagePath) is not { } body) return false;
        globals["content"] = new PageContent(body, _themeIndents, _compiled.GetValueOrDefault(layout));
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
            // Scriban renders into the context's output, the page's buffer (Render's returned text is empty: see PageTextOutput).
            if (!(_compiled.TryGetValue(name, out var compiled) && compiled.TryWrite(context))) template.Render(context);
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
        var context = new TemplateContext
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

    // Whether a template indents what it writes: a `{{` with whitespace before it on its line makes Scriban indent every
    // line the block writes, and track line ends across writes, so that only Scriban's own writing is exact there.
    private static bool Indents(ScriptNode? node)
    {
        if (node is null) return false;
        if (node is ScriptEscapeStatement { Indent.Length: > 0 }) return true;
        for (var i = 0; i < node.ChildrenCount; i++)
            if (Indents(node.GetChildren(i))) return true;
        return false;
    }

    private static SourcePosition At(SourceSpan span, string path) =>
        new(path, Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1));
}
