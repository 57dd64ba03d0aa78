using Rungs.Rendering.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Rungs.Rendering;

/// <summary>The Scriban context pages render in: Scriban's own, reading model members through <see cref="CompiledMemberAccessor"/>.</summary>
internal sealed class ThemeTemplateContext : TemplateContext
{
    // `{{ x }}` of generated markup goes straight into the page's buffer; anywhere else it is text like any string.
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is not Markup markup) return base.Write(span, textAsObject);
        // On an indented line (a theme's `  {{ x }}`) Scriban indents every line of the text: markup is written as text.
        if (Output is not PageTextOutput page || !string.IsNullOrEmpty(CurrentIndent)) return Write(markup.ToString());

        page.Write(markup);
        // With an empty indent (a statement at the start of a line) Scriban still notes whether the text ended a line,
        // which a later indented line reads: the last character goes through Scriban so that note stays exact.
        if (CurrentIndent is not null && markup.Length > 0) Write(LastCharacter(page.TakeBackLast()));
        return this;
    }

    private static readonly string[] AsciiCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string LastCharacter(char c) => c < AsciiCharacters.Length ? AsciiCharacters[c] : c.ToString();

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
