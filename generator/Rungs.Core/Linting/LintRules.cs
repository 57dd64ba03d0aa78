namespace Rungs.Linting;

/// <summary>Every spec lint, one per rule of <see cref="Content.LintCatalog"/>, in its order.</summary>
public static class LintRules
{
    public static readonly IReadOnlyList<ILintRule> All =
        [new GenderedWording(), new FallingGrade(), new RepeatedItem(), new MissingInSeries(), new EffectiveDate(), new LongItem()];

    /// <summary>True for the code of a lint's findings, so a rebuild can tell them from other diagnostics.</summary>
    public static bool IsLintCode(string code) => All.Any(r => r.Info.Code == code);

    /// <summary>True when a lint of <paramref name="site"/>, with its site.yml settings, could find something that depends on the day it runs.</summary>
    public static bool ReadToday(Linking.SiteModel site) =>
        All.Any(r => site.Config.Lint.LevelOf(r.Info) != Content.LintLevel.Off && r.ReadsToday(site));

    /// <summary>True for the code of a rule that judges each file alone (<see cref="ILintRule.JudgesEachFileAlone"/>): its findings in files not edited stand.</summary>
    public static bool IsPerFileCode(string code) => All.Any(r => r.JudgesEachFileAlone && r.Info.Code == code);

    /// <summary>True for the code of a rule that judges each series alone (<see cref="ILintRule.JudgesEachSeriesAlone"/>): its findings in series not edited stand.</summary>
    public static bool IsPerSeriesCode(string code) => All.Any(r => r.JudgesEachSeriesAlone && r.Info.Code == code);
}
