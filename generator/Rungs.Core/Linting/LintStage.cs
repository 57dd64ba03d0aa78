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
    /// <param name="started">The file lints of a full lint, started on the same files before linking (<see cref="StartFileLints"/>); their findings are taken from there.</param>
    public static IReadOnlyList<Diagnostic> Run(SiteModel site, ContentSources sources, DateOnly today, IReadOnlySet<string>? edited = null,
        StartedFileLints? started = null)
    {
        var context = new LintContext(site, sources, today, edited);
        var rules = LintRules.All.Where(r => context.Config.LevelOf(r.Info) != LintLevel.Off).ToList();
        // The rules only read the linked site and the files: they run side by side, their findings kept in rule order.
        var found = new List<LintFinding>[rules.Count];
        Parallel.For(0, rules.Count, i => found[i] = started?.FindingsOf(rules[i]) ?? rules[i].Find(context).ToList());
        var diagnostics = new List<Diagnostic>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var severity = context.Config.LevelOf(rule.Info) == LintLevel.Error ? Severity.Error : Severity.Warning;
            foreach (var finding in found[i])
                diagnostics.Add(new Diagnostic(severity, rule.Info.Code, finding.Message, finding.At,
                    $"{finding.Hint} (lint `{rule.Info.Id}`: site.yml `lint:` sets it to off, warning or error)"));
        }

        return diagnostics;
    }

    /// <summary>
    /// Starts, in the background, the rules that read only the files (<see cref="IFileLintRule"/>) and that site.yml's
    /// lint settings leave on: they need no linked site, so they read the files on the core that linking leaves idle.
    /// </summary>
    public static StartedFileLints StartFileLints(LintConfig config, ContentSources sources) =>
        new(LintRules.All.OfType<IFileLintRule>().Where(r => config.LevelOf(r.Info) != LintLevel.Off)
            .ToDictionary(r => (ILintRule)r, r => Task.Run(() => r.FindIn(sources.Files).ToList())));
}

/// <summary>File lints under way (<see cref="LintStage.StartFileLints"/>), each rule's findings once it is done.</summary>
public sealed class StartedFileLints(IReadOnlyDictionary<ILintRule, Task<List<LintFinding>>> running)
{
    /// <summary>The rule's findings, waiting for them if need be; null for a rule that was not started.</summary>
    public List<LintFinding>? FindingsOf(ILintRule rule) => running.TryGetValue(rule, out var task) ? task.GetAwaiter().GetResult() : null;
}
