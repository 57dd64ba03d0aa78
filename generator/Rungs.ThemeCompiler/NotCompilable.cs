using Scriban.Parsing;

namespace Rungs.ThemeCompiler;

/// <summary>A template uses something outside the subset the compiler translates: Scriban interprets it instead.</summary>
public sealed class NotCompilable(SourceSpan span, string reason) : Exception(reason)
{
    public SourceSpan Span { get; } = span;
}

/// <summary>A mistake in a default template that the compiler will not paper over (an undeclared variable, a member no model has).</summary>
public sealed class TemplateError(SourceSpan span, string message) : Exception(message)
{
    public SourceSpan Span { get; } = span;
}
