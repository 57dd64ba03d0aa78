using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Rungs.Tests.Support;

/// <summary>Scriban's template loader over partials held in memory, for tests that render with a plain Scriban context.</summary>
/// <param name="folder">Put before an included name to find it (`partials/`), as a theme does.</param>
public sealed class PartialLoader(IReadOnlyDictionary<string, string> partials, string folder = "") : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => folder + templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => partials[templatePath];

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(partials[templatePath]);
}
