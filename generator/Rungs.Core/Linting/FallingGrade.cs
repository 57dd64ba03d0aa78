using System.Globalization;
using Rungs.Content;

namespace Rungs.Linting;

/// <summary>`falling_grade`: a class graded lower than the class one rung below it; grades that are not both numbers are not compared.</summary>
public sealed class FallingGrade : ILintRule
{
    public LintRuleInfo Info => LintCatalog.FallingGrade;

    public bool JudgesEachSeriesAlone => true;

    public IEnumerable<LintFinding> Find(LintContext context)
    {
        foreach (var ladder in context.SeriesToRead)
        foreach (var (below, above) in ladder.Steps)
        {
            if (Number(below.Grade) is not { } from || Number(above.Grade) is not { } to || to >= from) continue;
            yield return new LintFinding(above.GradePosition,
                $"grade {above.Grade} is lower than grade {below.Grade} of {below.Title}, the level below",
                "check both grades: a higher level is normally graded at least as high as the one below it");
        }
    }

    private static decimal? Number(string? grade) =>
        decimal.TryParse(grade, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;
}
