using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Rungs.Rendering;

/// <summary>The Scriban context pages render in: Scriban's own, reading model members through <see cref="CompiledMemberAccessor"/>.</summary>
internal sealed class ThemeTemplateContext : TemplateContext
{
    // `{{ x }}` of generated markup goes straight into the page's buffer; anywhere else it is text like any string. On an
    // indented line (a theme's `  {{ x }}`) Scriban indents every line of the text, so markup is written as text there too.
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is not Markup markup) return base.Write(span, textAsObject);
        if (Output is PageTextOutput page && CurrentIndent is null) page.Write(markup);
        else Write(markup.ToString());
        return this;
    }

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is Markup markup ? markup.ToString() : base.ObjectToString(value, nested);

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        // The compiled members are named by Scriban's standard renamer, for every member: other settings keep Scriban's accessor.
        return accessor is TypedObjectAccessor scriban && MemberFilter is null && MemberRenamer == StandardMemberRenamer.Default
            ? CompiledMemberAccessor.For(target.GetType(), scriban, this) ?? scriban
            : accessor;
    }
}
