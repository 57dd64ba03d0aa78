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
        var message = d.Hint is null ? d.Message : $"{d.Message}\nhint: {d.Hint}";
        return $"::{kind} file={Property(d.Position.Path)},line={d.Position.Line},col={d.Position.Column},title={Property($"{d.Code}")}::{Data(message)}";
    }

    // Escaping as GitHub's toolkit does (core/src/command.ts): data escapes %, CR and LF; properties also : and ,.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
