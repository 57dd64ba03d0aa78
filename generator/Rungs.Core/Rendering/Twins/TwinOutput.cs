using System.Net;
using Scriban;
using Scriban.Runtime;

namespace Rungs.Rendering.Twins;

/// <summary>Where a <see cref="TemplateTwin"/> writes: the context's current output, as Scriban writes text, values and `html.escape`.</summary>
internal readonly struct TwinOutput(TemplateContext context)
{
    private readonly IScriptOutput _output = context.Output;

    /// <summary>Text as it is (the template's own text, or `{{ text }}` of a string).</summary>
    public TwinOutput Raw(string? text)
    {
        if (!string.IsNullOrEmpty(text)) _output.Write(text, 0, text.Length);
        return this;
    }

    /// <summary>`{{ text | html.escape }}` (Scriban's html.escape is WebUtility.HtmlEncode).</summary>
    public TwinOutput Escaped(string? text) => Raw(text is null ? null : WebUtility.HtmlEncode(text));

    /// <summary>`{{ value }}` of a number or any other value, as Scriban turns it into text.</summary>
    public TwinOutput Value(object? value) => Raw(context.ObjectToString(value));
}
