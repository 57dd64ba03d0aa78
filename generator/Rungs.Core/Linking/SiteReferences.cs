using Rungs.Content;
using Rungs.Parsing;

namespace Rungs.Linking;

/// <summary>
/// Every cross-reference between documents, declared once. Linking checks the slugs and builds the back-links from this
/// table (<see cref="LinkStage"/>), <see cref="LinkInputs"/> compares two versions of a document by it, and the dev server
/// patches edits into the linked site (<see cref="SitePatch"/>) and re-renders the pages that show them
/// (Incremental.ChangeImpact) by it. A new cross-reference is one more entry here, plus the pages that show it
/// (docs/architecture.md, "Adding a cross-reference").
/// </summary>
public static class SiteReferences
{
    /// <summary>KSAs a series asks of every class: on the series page and its class pages; the KSA page lists the series.</summary>
    public static readonly SiteReference<SeriesSpec> SeriesKsas =
        new(ReferringKinds.Series, "ksas", s => s.Ksas, ContentKind.Ksa, ShownOn.Both);

    /// <summary>Competencies a series asks of every class, shown as its KSAs are.</summary>
    public static readonly SiteReference<SeriesSpec> SeriesCompetencies =
        new(ReferringKinds.Series, "competencies", s => s.Competencies, ContentKind.Competency, ShownOn.Both);

    /// <summary>A class's KSAs, and its series': on the class page; the KSA page lists the class.</summary>
    public static readonly SiteReference<ClassSpec> ClassKsas =
        new(ReferringKinds.Class, "ksas", c => c.Ksas, ContentKind.Ksa, ShownOn.Both) { Inherits = SeriesKsas };

    /// <summary>A class's competencies, and its series', shown as its KSAs are.</summary>
    public static readonly SiteReference<ClassSpec> ClassCompetencies =
        new(ReferringKinds.Class, "competencies", c => c.Competencies, ContentKind.Competency, ShownOn.Both) { Inherits = SeriesCompetencies };

    /// <summary>Classes a class is told apart from: cards on its page; the other class's page lists it ("distinguished by").</summary>
    public static readonly SiteReference<ClassSpec> DiffersFrom =
        new(ReferringKinds.Class, "differs_from", c => c.DiffersFrom, ContentKind.Class, ShownOn.Both)
        {
            Self = new(Diagnostics.DiagnosticCodes.BrokenReference, "a class cannot differ from itself"),
        };

    /// <summary>
    /// Classes in other series a class leads to: drawn on the career map (a site page) and listed under "Paths from here"
    /// on its page; the named class's page lists it there too ("promoted to from").
    /// </summary>
    public static readonly SiteReference<ClassSpec> PromotesTo =
        new(ReferringKinds.Class, "promotes_to", c => c.PromotesTo, ContentKind.Class, ShownOn.Both)
        {
            Self = new(Diagnostics.DiagnosticCodes.PromotionCycle, "a class cannot promote to itself"),
        };

    /// <summary>
    /// The class that replaced an abolished one: named, with a link, in the abolished class's banner and in its series'
    /// "Former classes". Written as one reference, not a list (`superseded_by: senior-clerk`).
    /// </summary>
    public static readonly SiteReference<ClassSpec> SupersededBy =
        new(ReferringKinds.Class, "superseded_by", c => c.SupersededBy is { } successor ? [successor] : [], ContentKind.Class, ShownOn.Referrer)
        {
            Self = new(Diagnostics.DiagnosticCodes.Succession, "a class cannot be superseded by itself"),
            Single = true,
        };

    /// <summary>A job model's competencies: on its page; the competency page lists the job model.</summary>
    public static readonly SiteReference<JobModel> JobModelCompetencies =
        new(ReferringKinds.JobModel, "competencies", j => j.Competencies, ContentKind.Competency, ShownOn.Both);

    /// <summary>The classes a job model covers: its page's class table; the class page lists the job model.</summary>
    public static readonly SiteReference<JobModel> JobModelClasses =
        new(ReferringKinds.JobModel, "classes", j => j.Classes, ContentKind.Class, ShownOn.Both);

    /// <summary>Every reference, in the order linking checks them.</summary>
    public static IReadOnlyList<SiteReference> All { get; } =
        [SeriesKsas, SeriesCompetencies, ClassKsas, ClassCompetencies, DiffersFrom, PromotesTo, SupersededBy, JobModelCompetencies, JobModelClasses];
}
