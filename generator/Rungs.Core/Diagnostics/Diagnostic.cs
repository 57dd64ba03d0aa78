namespace Rungs.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail the build; warnings do not.</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>One problem found in the content or theme, with where it is and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourcePosition Position, string? Hint = null)
{
    /// <summary>The one-line form compilers use, so editors and CI can jump to the place.</summary>
    public string Headline =>
        $"{Position}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";

    public override string ToString() => Hint is null ? Headline : $"{Headline}\n    hint: {Hint}";

    /// <summary>Orders diagnostics by file, line, column, then code, so reports are stable.</summary>
    public static readonly IComparer<Diagnostic> ByPosition = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Position.Path, b.Position.Path);
        if (c != 0) return c;
        c = a.Position.Line.CompareTo(b.Position.Line);
        if (c != 0) return c;
        c = a.Position.Column.CompareTo(b.Position.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    });
}
