using System.Net;
using Rungs.Rendering.Text;
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

    /// <summary>Text kept compact (a section's HTML), as it is: decoded straight into the page when it is a page.</summary>
    public TwinOutput Raw(Content.CompactText text)
    {
        if (_output is PageTextOutput page) page.Write(text);
        else Raw(text.ToString());
        return this;
    }

    /// <summary>`{{ text | html.escape }}` (Scriban's html.escape is WebUtility.HtmlEncode).</summary>
    public TwinOutput Escaped(string? text) => Raw(text is null ? null : WebUtility.HtmlEncode(text));

    /// <summary>Word runs as the theme's `words.html` marks them up (<see cref="Views.WordsMarkup"/>), written straight into the page.</summary>
    public TwinOutput Words(IReadOnlyList<Comparison.WordSegment> words)
    {
        Views.WordsMarkup.Write(_output, words);
        return this;
    }

    /// <summary>`{{ value }}` of a number or any other value, as Scriban turns it into text.</summary>
    public TwinOutput Value(object? value) => Raw(context.ObjectToString(value));
}
