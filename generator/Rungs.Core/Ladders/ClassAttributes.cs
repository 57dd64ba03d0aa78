using Rungs.Content;

namespace Rungs.Ladders;

/// <summary>One comparable attribute of a class: a stable id, a label people read, and how to read it from a spec.</summary>
public sealed record ClassAttribute(string Id, string Label, Func<ClassSpec, string?> Read)
{
    /// <summary>What names a class rather than describes its work (title, code): a level-to-level comparison leaves these out.</summary>
    public bool IsIdentity { get; init; }

    /// <summary>A one-line digest of a whole section; comparisons show the section's own item diff instead.</summary>
    public bool IsSectionDigest { get; init; }

    /// <summary>The label a series uses for this attribute when all its classes head the section the same way.</summary>
    public Func<IReadOnlyList<ClassSpec>, string?>? SeriesLabel { get; init; }
}

/// <summary>
/// The attributes that side-by-side tables and level-to-level comparisons show, in the order of a
/// classification table (seed 004: HRIS title, job title, code, grade, FLSA, duties, resources, supervision, …).
/// Defined once so every comparison speaks of the same fields with the same names.
/// </summary>
public static class ClassAttributes
{
    public static readonly IReadOnlyList<ClassAttribute> All =
    [
        new("hris-title", "HRIS title", c => c.HrisTitle) { IsIdentity = true },
        new("title", "Job title", c => c.Title) { IsIdentity = true },
        new("code", "Job code", c => c.Code) { IsIdentity = true },
        new("grade", "Pay grade", c => c.Grade),
        new("flsa", "FLSA status", c => FactFormat.Flsa(c.Flsa)),
        new("summary", "Summary", c => SectionSummary.Summary(c.Body)) { SeriesLabel = SharedHeading(SectionKind.Summary), IsSectionDigest = true },
        new("supervision-exercised", "Supervision exercised", c => c.SupervisionExercised),
        new("supervision-received", "Supervision received", c => c.SupervisionReceived),
        new("budget-responsibility", "Budgetary responsibility", c => c.BudgetResponsibility),
        new("decision-authority", "Decision-making authority", c => c.DecisionAuthority),
        new("minimum-qualifications", "Minimum qualifications", c => SectionSummary.Qualifications(c.Body)) { SeriesLabel = SharedHeading(SectionKind.MinimumQualifications), IsSectionDigest = true },
        new("licensure", "Licensure / certification", c => c.Licensure),
        new("other-preferences", "Other selective preferences", c => c.OtherPreferences),
        new("probation", "Probation period", c => c.Probation),
        new("effective", "Effective date", c => c.Effective is { } d ? FactFormat.IsoDate(d) : null),
        new("last-action", "Last action", c => c.LastAction),
    ];

    /// <summary>
    /// The fields <paramref name="site"/> declares (`site.yml` `fields:`) as attributes, in declaration order, each read as
    /// the class's own value or its series' default; only those declared `compare: true` unless <paramref name="all"/>.
    /// Their id is the key as declared (`schematic_code`), so it never equals a built-in attribute's id.
    /// </summary>
    public static IReadOnlyList<ClassAttribute> Declared(Linking.SiteModel site, bool all = false) =>
        site.Config.Fields.Count == 0
            ? []
            : site.Config.Fields.Where(d => all || d.Compare)
                .Select(d => new ClassAttribute(d.Key, d.Label, c => site.FieldsOf(c).FirstOrDefault(f => f.Key == d.Key)?.Text))
                .ToList();

    /// <summary>The attributes at least one of the classes has, so tables show no empty rows.</summary>
    public static IReadOnlyList<ClassAttribute> UsedBy(IReadOnlyList<ClassSpec> classes) =>
        All.Where(a => classes.Any(c => !string.IsNullOrWhiteSpace(a.Read(c)))).ToList();

    // "Detailed Duties and Responsibilities" reads better than "Summary" when every level heads it that way.
    private static Func<IReadOnlyList<ClassSpec>, string?> SharedHeading(SectionKind kind) => classes =>
    {
        var headings = classes.Select(c => c.Body.First(kind)?.Heading).Where(h => h is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return headings.Count == 1 ? headings[0] : null;
    };
}
