using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Linking;

namespace Rungs.Linting;

/// <summary>
/// After linking: runs every lint that site.yml does not turn off over the linked site and the files as written, and
/// reports each finding as a warning or an error, as its rule is set.
/// </summary>
public static class LintStage
{
    /// <param name="today">The build's date (the clock's, or `--today`), which the date lint compares with.</param>
    /// <param name="edited">The content-relative paths edited since the last lint (the dev server's patch), or null for a full lint: rules that judge each file alone then read only these.</param>
    public static IReadOnlyList<Diagnostic> Run(SiteModel site, ContentSources sources, DateOnly today, IReadOnlySet<string>? edited = null)
    {
        var context = new LintContext(site, sources, today, edited);
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in LintRules.All)
        {
            var level = context.Config.LevelOf(rule.Info);
            if (level == LintLevel.Off) continue;
            var severity = level == LintLevel.Error ? Severity.Error : Severity.Warning;
            foreach (var finding in rule.Find(context))
                diagnostics.Add(new Diagnostic(severity, rule.Info.Code, finding.Message, finding.At,
                    $"{finding.Hint} (lint `{rule.Info.Id}`: site.yml `lint:` sets it to off, warning or error)"));
        }

        return diagnostics;
    }
}
