using Rungs.Rendering.Text;
using Scriban;
using Scriban.Runtime;

namespace Rungs.Rendering.Compiled;

/// <summary>Where a <see cref="CompiledTemplate"/> writes: the context's current output, as Scriban writes text and values.</summary>
internal readonly struct TemplateOutput(TemplateContext context)
{
    private readonly IScriptOutput _output = context.Output;

    /// <summary>Text as it is: the template's own text, or `{{ text }}` of a string.</summary>
    public void Raw(string? text)
    {
        if (!string.IsNullOrEmpty(text)) _output.Write(text, 0, text.Length);
    }

    /// <summary>`{{ text | html.escape }}`: escaped as Scriban escapes it, straight into the page when it is a page.</summary>
    public void Escaped(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        if (_output is PageTextOutput page) page.WriteEscaped(text);
        else Raw(Scriban.Functions.HtmlFunctions.Escape(text));
    }

    /// <summary>Text kept compact (a section's HTML), as it is: decoded straight into the page when it is a page.</summary>
    public void Raw(Content.CompactText text)
    {
        if (_output is PageTextOutput page) page.Write(text);
        else Raw(text.ToString());
    }

    /// <summary>`{{ markup }}`: markup made in code, copied straight into the page when it is a page.</summary>
    public void Write(Markup? markup)
    {
        if (markup is null) return;
        if (_output is PageTextOutput page) page.Write(markup);
        else Raw(markup.ToString());
    }

    /// <summary>`{{ value }}` of a number or any other value, as Scriban turns it into text.</summary>
    public void Value(object? value) => Raw(context.ObjectToString(value));
}
