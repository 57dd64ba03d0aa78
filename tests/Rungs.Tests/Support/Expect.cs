using Rungs.Diagnostics;
using Rungs.Pipeline;

namespace Rungs.Tests.Support;

/// <summary>Assertions that state a diagnostic whole: severity, code, message, file, line, column and hint.</summary>
public static class Expect
{
    public static Diagnostic Error(string code, string path, int line, int column, string message, string? hint) =>
        new(Severity.Error, code, message, new SourcePosition(path, line, column), hint);

    public static Diagnostic Warning(string code, string path, int line, int column, string message, string? hint) =>
        new(Severity.Warning, code, message, new SourcePosition(path, line, column), hint);

    /// <summary>The build reported exactly these diagnostics, in this order, and nothing else.</summary>
    public static void Diagnostics(BuildResult result, params Diagnostic[] expected) =>
        Diagnostics(result.Diagnostics, expected);

    public static void Diagnostics(IReadOnlyList<Diagnostic> actual, params Diagnostic[] expected) =>
        Assert.Equal(Show(expected), Show(actual));

    /// <summary>One diagnostic per line (hint included), so a failure shows the whole difference at once.</summary>
    private static string Show(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
