using Rungs.Content;

namespace Rungs.Linting;

/// <summary>One spec lint: its name and options (<see cref="LintCatalog"/>), and how it finds what it reports.</summary>
public interface ILintRule
{
    LintRuleInfo Info { get; }

    IEnumerable<LintFinding> Find(LintContext context);

    /// <summary>
    /// True when each finding depends on nothing but the text of the file it is in: after an edit, the findings in the
    /// other files stand, and the rule reads only <see cref="LintContext.Edited"/>.
    /// </summary>
    bool JudgesEachFileAlone => false;

    /// <summary>
    /// True when each finding depends on nothing but one series: its series file and its classes, read through
    /// <see cref="LintContext.SeriesToRead"/>. After an edit, the findings in the other series stand.
    /// </summary>
    bool JudgesEachSeriesAlone => false;

    /// <summary>True when a finding of this rule on <paramref name="site"/> could depend on the day the lint runs (<see cref="LintContext.Today"/>).</summary>
    bool ReadsToday(Linking.SiteModel site) => false;
}

/// <summary>
/// A lint whose every finding depends on nothing but the text of the file it is in: it needs no linked site, so it can
/// read the files while the site is being linked (<see cref="LintStage.StartFileLints"/>).
/// </summary>
public interface IFileLintRule : ILintRule
{
    /// <summary>The findings in <paramref name="files"/>, in file order.</summary>
    IEnumerable<LintFinding> FindIn(IReadOnlyList<Input.SourceFile> files);

    IEnumerable<LintFinding> ILintRule.Find(LintContext context) => FindIn(context.FilesToRead);

    bool ILintRule.JudgesEachFileAlone => true;
}
