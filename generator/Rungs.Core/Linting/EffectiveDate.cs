using Rungs.Content;

namespace Rungs.Linting;

/// <summary>
/// `effective_date`: a class whose `effective` date is after today, or more than `years` (default 10) before it: the one
/// lint whose verdict depends on the day it runs.
/// </summary>
public sealed class EffectiveDate : ILintRule
{
    public LintRuleInfo Info => LintCatalog.EffectiveDate;

    /// <summary>Only a class with an `effective` date can give a finding that depends on the day.</summary>
    public bool ReadsToday(Linking.SiteModel site) => site.Classes.Any(c => c.Effective is not null);

    public bool JudgesEachSeriesAlone => true;

    public IEnumerable<LintFinding> Find(LintContext context)
    {
        var today = context.Today;
        var years = context.Config.OptionOf(Info, "years");
        var oldest = today.AddYears(-years);
        var now = FactFormat.IsoDate(today);
        foreach (var spec in context.SeriesToRead.SelectMany(l => l.Levels))
        {
            // Most classes are neither: their dates are formatted only for a finding.
            if (spec.Effective is not { } effective || effective <= today && effective >= oldest) continue;
            var date = FactFormat.IsoDate(effective);
            if (effective > today)
                yield return new LintFinding(spec.EffectivePosition, $"the effective date {date} is in the future (today is {now})",
                    "check the date; a spec that is not yet in force can wait on a branch until it is");
            else
            {
                var enough = years;
                while (effective < today.AddYears(-enough)) enough++;
                yield return new LintFinding(spec.EffectivePosition, $"the effective date {date} is more than {years} years before today ({now})",
                    $"review the spec and update `effective`, or allow older specs with `effective_date: {{ years: {enough} }}`");
            }
        }
    }
}
