using Scriban;

namespace Rungs.Rendering.Twins;

/// <summary>
/// A default-theme template written in C#: it writes the very text the Scriban template writes, for the view models
/// the built-in layouts give it, without Scriban's cost per expression, loop step and include.
/// </summary>
/// <remarks>
/// A twin stands in only for the built-in text of its files (<see cref="Sources"/>, by SHA-256): a theme that overrides
/// any of them gets its own template rendered. And it only takes variables of the types it was written for: given
/// anything else (a theme's layout may set them to anything) it writes nothing and the template runs.
/// </remarks>
internal abstract class TemplateTwin
{
    /// <summary>The template this twin stands in for (`partials/diff.html`).</summary>
    public abstract string Path { get; }

    /// <summary>
    /// Every theme file whose text this twin writes (the template, and each partial it writes in place of an include),
    /// with the SHA-256 of that file's text in the default theme.
    /// </summary>
    public abstract IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The given default-theme files with their built-in hashes, as <see cref="Sources"/>.</summary>
    protected static IReadOnlyDictionary<string, string> BuiltIn(params string[] paths) =>
        paths.ToDictionary(p => p, p => BuiltInTemplates.Sha256[p], StringComparer.Ordinal);

    /// <summary>A layout's `{{ if canonical | string.starts_with "http" }}` line: the page's address, for print, where it is absolute.</summary>
    protected static void PrintUrl(TwinOutput o, string canonical)
    {
        if (canonical.StartsWith("http", StringComparison.Ordinal)) o.Raw("<p class=\"print-only print-url\">").Escaped(canonical).Raw("</p>\n");
    }

    /// <summary>Writes the template for the context's variables; false, having written nothing, when they are not what the twin knows.</summary>
    public abstract bool TryWrite(TemplateContext context, TwinOutput output);
}
