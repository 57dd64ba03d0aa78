namespace Rungs.Diagnostics;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (`::error file=…,line=…,col=…,title=…::message`), which GitHub
/// shows inline on the pull request's changed file.
/// </summary>
public static class GithubAnnotation
{
    public static string Of(Diagnostic d)
    {
        var kind = d.Severity == Severity.Error ? "error" : "warning";
        // Values are escaped first (an ESC or line break shows as `\e`, `\n`), so the only line break is the hint's own.
        var message = d.Hint is null ? TerminalText.Escape(d.Message) : $"{TerminalText.Escape(d.Message)}\nhint: {TerminalText.Escape(d.Hint)}";
        return $"::{kind} file={Property(TerminalText.Escape(d.Position.Path))},line={d.Position.Line},col={d.Position.Column},title={Property($"{d.Code}")}::{Data(message)}";
    }

    /// <summary>A `::notice title=…::message` line, for notes that are not diagnostics (the history note).</summary>
    public static string Notice(string title, string message) => $"::notice title={Property(title)}::{Data(TerminalText.Escape(message))}";

    // Escaping as GitHub's toolkit does (core/src/command.ts): data escapes %, CR and LF; properties also : and ,.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
