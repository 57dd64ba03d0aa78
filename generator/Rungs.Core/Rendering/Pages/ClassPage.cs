using System.Text.RegularExpressions;
using Rungs.Content;
using Rungs.History;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The model of a class page: every field, every section, the ladder around it, and what it links to.</summary>
public sealed record ClassPage(
    ClassCard Card,
    string? Summary,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ExamplePositions,
    string IntroHtml,
    IReadOnlyList<SpecSection> Sections,
    IReadOnlyList<LibraryItem> Ksas,
    IReadOnlyList<LibraryItem> Competencies,
    IReadOnlyList<ClassCard> DiffersFrom,
    IReadOnlyList<ClassCard> DistinguishedBy,
    ClassCard? Below,
    ClassCard? Above,
    ClassCard? LowerLevelWork,
    IReadOnlyList<LinkView> JobModels,
    LinkView Series,
    DiffView? NextStep,
    string? NextStepUrl,
    string CompareUrl,
    ClassHistoryView? History = null)
{
    /// <summary>The page's sections in the order the page shows them, for its "On this page" list.</summary>
    public IReadOnlyList<ContentsEntry> Contents => field ??= [.. ContentsOf()];

    private IEnumerable<ContentsEntry> ContentsOf()
    {
        yield return new("at-a-glance", "At a glance");
        foreach (var s in Sections) yield return new(s.Id, s.Heading);
        if (Parallel.Count > 0) yield return new("parallel-classes", "Parallel classes at this level");
        if (NextStep is not null) yield return new("next-level", $"What it takes to reach {NextStep.After.Title}");
        if (Paths.Any) yield return new("paths-from-here", "Paths from here");
        if (DiffersFrom.Count > 0 || DistinguishedBy.Count > 0) yield return new("related-classes", "How it differs from other classes");
        if (Ksas.Count > 0) yield return new("linked-ksas", "KSA definitions");
        if (Competencies.Count > 0) yield return new("linked-competencies", "Competencies");
        if (JobModels.Count > 0) yield return new("linked-job-models", "Job models");
        if (History is not null) yield return new(History.Id, "Revision history");
    }
    /// <summary>The classes at this level in the series' other tracks (none in a single-track series).</summary>
    public IReadOnlyList<ClassCard> Parallel { get; init; } = [];

    /// <summary>The class as schema.org Occupation JSON-LD, escaped for a script element (see <see cref="OccupationJsonLd"/>).</summary>
    public Text.Markup? StructuredData { get; init; }

    /// <summary>Where the class's file is edited (site.yml `edit_url`), or null.</summary>
    public string? EditUrl { get; init; }

    /// <summary>Where one can move from this class: up, by promotion, and across to other series at the same grade.</summary>
    public ClassPaths Paths { get; init; } = ClassPaths.None;

    /// <summary>The banner of a class not in force (abolished, or a draft), or null.</summary>
    public StatusBanner? Banner { get; init; }

    /// <param name="nextStep">The comparison with the level above (null at the top), computed once by the planner.</param>
    /// <param name="history">The site's history from git; none (or <see cref="SiteHistory.None"/>) shows no revision history.</param>
    public static PagePlan Plan(SiteModel site, ClassSpec spec, ClassCards cards, DiffView? nextStep, SiteHistory? history = null)
    {
        var revisions = history is { Available: true } ? ClassHistoryView.Of(spec, history) : null;
        var ladder = site.LadderOf(spec);
        var series = ladder.Spec;
        ClassCard Card(ClassSpec c) => cards.Card(c);
        var card = Card(spec);
        // Resolved once: the page and its JSON-LD both state the class's pay, KSAs and competencies.
        var pay = site.PayOf(spec);
        var ksas = site.KsasOf(spec);
        var competencies = site.CompetenciesOf(spec);
        var below = ladder.Below(spec);
        var above = ladder.Above(spec);
        var model = new ClassPage(
            card,
            spec.Body.First(SectionKind.Summary)?.Text.Split('\n')[0],
            FactsOf(site, spec, ladder, card, pay, revisions?.LastChanged),
            spec.Aliases,
            spec.ExamplePositions,
            spec.Body.IntroHtml,
            spec.Body.Sections,
            ksas.Select(k => LibraryItem.Of(k, viaSeries: !spec.Ksas.Any(r => r.Slug == k.Slug))).ToList(),
            competencies.Select(c => LibraryItem.Of(c, viaSeries: !spec.Competencies.Any(r => r.Slug == c.Slug))).ToList(),
            site.ClassesNamed(spec.DiffersFrom, spec.SeriesSlug).Select(Card).ToList(),
            site.BackLinks.Referrers(SiteReferences.DiffersFrom, spec.Key).Select(Card).ToList(),
            below is null ? null : Card(below),
            above is null ? null : Card(above),
            spec.IncludesLowerLevelWork && below is not null ? Card(below) : null,
            site.BackLinks.Referrers(SiteReferences.JobModelClasses, spec.Key).Select(j => new LinkView(j.Title, SiteUrls.JobModel(j.Slug), j.Summary)).ToList(),
            new LinkView(series.Title, SiteUrls.Series(series.Slug)),
            nextStep,
            above is null ? null : SiteUrls.LevelStep(spec, above),
            SiteUrls.AnyTwoCompare,
            revisions)
        {
            Parallel = ladder.Parallel(spec).Select(Card).ToList(),
            Paths = ClassPaths.Of(site, spec, cards),
            Banner = StatusBanner.Of(site, spec),
            EditUrl = EditLinks.Of(site, Parsing.ContentKind.Class, spec.Slug, spec.SeriesSlug),
        };
        var description = model.Summary ?? $"{spec.Title}, {card.LevelName} of the {series.Title}.";
        model = model with { StructuredData = OccupationJsonLd.Of(spec, description, ksas, competencies, pay).ToScriptJson() };
        return new PagePlan(SiteUrls.Class(spec), "layouts/class.html", "class", spec.Title, description,
            Crumbs.To(spec.Title, Crumbs.Series, new LinkView(series.Title, SiteUrls.Series(series.Slug))), model)
        {
            NoIndex = ladder.StatusOf(spec) == SpecStatus.Draft,
        };
    }

    private static IReadOnlyList<FactView> FactsOf(SiteModel site, ClassSpec spec, SeriesLadder ladder, ClassCard card, ClassPay? pay, HistoryDate? lastChanged)
    {
        var series = ladder.Spec;
        var facts = new List<FactView>();
        void Add(string id, string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) facts.Add(new FactView(id, label, value));
        }

        Add("code", "Class code", spec.Code);
        Add("hris-title", "HRIS title", spec.HrisTitle);
        facts.Add(new FactView("series", "Series", series.Title, SiteUrls.Series(series.Slug)));
        Add("level", "Level", spec.LevelLabel is null || spec.LevelLabel == $"Level {spec.Level}"
            ? $"Level {spec.Level}"
            : $"{spec.LevelLabel} (level {spec.Level} of the series)");
        if (ladder.HasTracks) Add("track", "Track", ladder.TrackOf(spec));
        Add("grade", "Pay grade", spec.Grade);
        if (pay is not null)
        {
            // The card formatted the range already (from the same pay).
            facts.Add(new FactView("pay", "Pay range", card.Pay!));
            if (pay.Grade.Steps.Count > 0) facts.Add(new FactView("pay-steps", "Pay steps", PayFormat.Steps(pay.Scale, pay.Grade)));
            facts.Add(new FactView("pay-scale", "Pay scale", PayFormat.ScaleName(pay.Scale), SiteUrls.PayScale(pay.Scale.Slug)));
        }
        Add("flsa", "FLSA status", FactFormat.Flsa(spec.Flsa));
        Add("probation", "Probation period", spec.Probation);
        if (spec.Effective is { } effective)
            facts.Add(new FactView("effective", "Effective date", FactFormat.Date(effective), DateTime: FactFormat.IsoDate(effective)));
        Add("last-action", "Last action", spec.LastAction);
        // From git, beside the front matter's own dates, which stay as written.
        if (lastChanged is not null) facts.Add(new FactView("last-changed", "Last changed", lastChanged.Text, DateTime: lastChanged.DateTime));
        Add("occupational-area", "Occupational area", series.OccupationalArea);
        Add("work-area", "Work area", series.WorkArea);
        Add("promotional-line", "Promotional line", series.PromotionalLine);
        // On a site of several organisations every class says whose it is, also where its series inherits the site's.
        Add("organisation", "Organisation", site.HasSeveralOrganisations ? site.OrganisationOf(spec) : series.Organisation);
        if (spec.OnetSoc is { } onet) facts.Add(new FactView("onet-soc", "O*NET-SOC code", onet, CrosswalkCodes.OnetOnlineUrl(onet)));
        Add("isco", "ISCO-08 code", spec.Isco);
        Add("supervision-received", "Supervision received", spec.SupervisionReceived);
        Add("supervision-exercised", "Supervision exercised", spec.SupervisionExercised);
        Add("decision-authority", "Decision-making authority", spec.DecisionAuthority);
        Add("budget-responsibility", "Budgetary responsibility", spec.BudgetResponsibility);
        Add("licensure", "Licensure / certification", spec.Licensure);
        Add("other-preferences", "Other selective preferences", spec.OtherPreferences);
        foreach (var field in site.FieldsOf(spec)) facts.Add(FactView.Of(field));
        return facts;
    }
}

/// <summary>
/// A class's revision history for its page: revisions newest first (date, commit subject, what changed), the date of
/// the newest, and where the known history starts when the build's history is incomplete.
/// </summary>
/// <param name="Id">The section's id, unique on the page even when the spec has its own "Revision History" heading.</param>
public sealed partial record ClassHistoryView(string Id, IReadOnlyList<RevisionView> Revisions, HistoryDate? LastChanged, HistoryDate? StartsAt, string RecentChangesUrl)
{
    public const string BaseId = "revision-history";

    public static ClassHistoryView Of(ClassSpec spec, SiteHistory history)
    {
        var revisions = history.ForClass(spec.Key);
        return new ClassHistoryView(
            UniqueId(spec.Body),
            revisions.Revisions.Select(RevisionView.Of).ToList(),
            revisions.LastChanged is { } last ? HistoryDate.Of(last) : null,
            history.StartsAt is { } start ? HistoryDate.Of(start) : null,
            SiteUrls.RecentChanges);
    }

    private static string UniqueId(SpecBody body)
    {
        var used = body.Sections.Select(s => s.Id)
            .Concat(body.Sections.Select(s => s.Html).Append(body.IntroHtml).SelectMany(html => IdAttribute().Matches(html).Select(m => m.Groups[1].Value)))
            .ToHashSet(StringComparer.Ordinal);
        var id = BaseId;
        for (var n = 2; used.Contains(id); n++) id = $"{BaseId}-{n}";
        return id;
    }

    [GeneratedRegex(@"\sid=""([^""]*)""")]
    private static partial Regex IdAttribute();
}
