using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>
/// The spec lints by their names in site.yml `lint:` (docs/content-model.md, "Lints"). Data only: site.yml is read
/// against it, and each rule's code lives in Rungs.Linting under the same name.
/// </summary>
public static class LintCatalog
{
    public static readonly LintRuleInfo GenderedWording = new("gendered_wording", DiagnosticCodes.GenderedWording, []);
    public static readonly LintRuleInfo FallingGrade = new("falling_grade", DiagnosticCodes.FallingGrade, []);
    public static readonly LintRuleInfo RepeatedItem = new("repeated_item", DiagnosticCodes.RepeatedItem, []);
    public static readonly LintRuleInfo MissingInSeries = new("missing_in_series", DiagnosticCodes.MissingInSeries, []);
    public static readonly LintRuleInfo EffectiveDate = new("effective_date", DiagnosticCodes.EffectiveDate,
        [new LintOptionInfo("years", 10, 1, "an `effective` date more than this many years before today is reported as stale")]);
    public static readonly LintRuleInfo LongItem = new("long_item", DiagnosticCodes.LongItem,
        [new LintOptionInfo("words", 80, 1, "a duty or KSA item of more words than this is reported")]);

    /// <summary>Every rule, in the order the docs list them.</summary>
    public static IReadOnlyList<LintRuleInfo> All => [GenderedWording, FallingGrade, RepeatedItem, MissingInSeries, EffectiveDate, LongItem];

    /// <summary>The rule named <paramref name="id"/>, or null.</summary>
    public static LintRuleInfo? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
