using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The model of a pre-rendered "from this level to the next" page, which works without JavaScript.</summary>
/// <param name="PreviousStep">The step into this step's lower level (null when that level is the entry level).</param>
/// <param name="FollowingStep">The step out of this step's higher level (null when that level is the top).</param>
public sealed record LevelStepPage(DiffView Diff, LinkView Series, string SeriesCompareUrl, LinkView? PreviousStep = null, LinkView? FollowingStep = null)
{
    /// <summary>The compare page's checklist of what the higher level asks that the lower one does not ("Make this my checklist").</summary>
    public required string ChecklistUrl { get; init; }

    /// <summary>The compare page with <paramref name="from"/> → <paramref name="to"/> in its checklist view; the pair is named as the page's pickers name them.</summary>
    internal static string Checklist(SiteModel site, ClassSpec from, ClassSpec to) =>
        AnyTwoComparePage.UrlOf(site.ClassNames.FileName(from), site.ClassNames.FileName(to)) + "&view=checklist";

    /// <summary>The page's sections in the order the page shows them, for its "On this page" list.</summary>
    public IReadOnlyList<ContentsEntry> Contents => field ??= [.. ContentsOf()];

    private IEnumerable<ContentsEntry> ContentsOf()
    {
        if (Diff.Fields.Count > 0) yield return new("diff-fields", "Fields that change");
        foreach (var l in Diff.LinkChanges)
            if (l.Change.HasChanges) yield return new(l.Id, l.Title);
        foreach (var s in Diff.Sections) yield return new($"diff-{s.Id}", s.Title);
    }

    /// <summary>The link to the step from <paramref name="from"/> to <paramref name="to"/>, titled by both classes.</summary>
    private static LinkView StepLink(ClassSpec from, ClassSpec to) => new(StepTitle(from, to), SiteUrls.LevelStep(from, to));

    private static string StepTitle(ClassSpec from, ClassSpec to) => $"From {from.Title} to {to.Title}";

    /// <summary>The comparison of a class with a class it steps up to (see <see cref="SeriesLadder.Steps"/>).</summary>
    /// <param name="texts">Shared by the steps of a ladder, so each level's texts are tokenized once, not once per step it is in.</param>
    internal static DiffView Step(SiteModel site, ClassSpec from, ClassSpec to, ClassCards cards, PreparedTexts texts) =>
        DiffView.Of(ClassDiff.Compare(site, from, site, to, identity: false, revisions: false, texts), cards.Card(from), cards.Card(to), (from.Body, to.Body));

    /// <param name="steps">Each step's comparison, by the slug of the class it steps up to (see <see cref="Step"/>).</param>
    public static IEnumerable<PagePlan> Plan(SiteModel site, SeriesLadder ladder, IReadOnlyDictionary<string, DiffView> steps) =>
        ladder.Steps.Select(step =>
        {
            var (from, to) = step;
            var title = StepTitle(from, to);
            var model = new LevelStepPage(steps[to.Slug], new LinkView(ladder.Spec.Title, SiteUrls.Series(ladder.Slug)), SiteUrls.SeriesCompare(ladder.Slug),
                ladder.Below(from) is { } below ? StepLink(below, from) : null,
                ladder.Above(to) is { } above ? StepLink(to, above) : null) { ChecklistUrl = Checklist(site, from, to) };
            return new PagePlan(SiteUrls.LevelStep(from, to), "layouts/level-step.html", "level-step", title,
                $"What changes from {from.Title} to {to.Title}: fields, KSAs, competencies, qualifications and duties.",
                Crumbs.To(title, Crumbs.Series, new LinkView(ladder.Spec.Title, SiteUrls.Series(ladder.Slug)),
                    new LinkView("Levels side by side", SiteUrls.SeriesCompare(ladder.Slug))), model)
            {
                // A step to or from a draft is as unpublished as the draft itself.
                NoIndex = ladder.StatusOf(from) == SpecStatus.Draft || ladder.StatusOf(to) == SpecStatus.Draft,
            };
        });
}
