using Scriban;

namespace Rungs.Rendering.Text;

/// <summary>Writes a parsed template into a context's current output: what Scriban's Template.Render does, less taking the text out.</summary>
internal static class TemplateWriter
{
    public static void Write(TemplateContext context, Template template)
    {
        if (template.SourceFilePath is not null) context.PushSourceFile(template.SourceFilePath);
        try
        {
            context.UseScientific = template.LexerOptions.Lang == Scriban.Parsing.ScriptLang.Scientific;
            if (template.Page is null) return;
            var result = context.Evaluate(template.Page);
            if (result is not null && context.EnableOutput) context.Write(template.Page.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
        }
    }
}
