using Rungs.Content;

namespace Rungs.Linting;

/// <summary>`missing_in_series`: a class without `grade` or `flsa` when every other class of its series has one.</summary>
public sealed class MissingInSeries : ILintRule
{
    public LintRuleInfo Info => LintCatalog.MissingInSeries;

    public bool JudgesEachSeriesAlone => true;

    public IEnumerable<LintFinding> Find(LintContext context)
    {
        foreach (var ladder in context.SeriesToRead)
        {
            if (ladder.Levels.Count < 2) continue;
            foreach (var finding in Missing(ladder.Levels, c => c.Grade, "grade", "a pay grade")) yield return finding;
            foreach (var finding in Missing(ladder.Levels, c => c.Flsa, "flsa", "an FLSA status")) yield return finding;
        }
    }

    private static IEnumerable<LintFinding> Missing(IReadOnlyList<ClassSpec> classes, Func<ClassSpec, string?> value, string key, string what)
    {
        var without = classes.Where(c => value(c) is null).ToList();
        if (without.Count != 1) yield break;
        var spec = without[0];
        yield return new LintFinding(spec.Position, $"{spec.Title} has no `{key}`, though every other class of its series has {what}",
            $"add `{key}: …` to the front matter");
    }
}
