using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The model of a pre-rendered "from this level to the next" page, which works without JavaScript.</summary>
public sealed record LevelStepPage(DiffView Diff, LinkView Series, string SeriesCompareUrl)
{
    /// <summary>The comparison of a class with a class it steps up to (see <see cref="SeriesLadder.Steps"/>).</summary>
    /// <param name="texts">Shared by the steps of a ladder, so each level's texts are tokenized once, not once per step it is in.</param>
    internal static DiffView Step(SiteModel site, ClassSpec from, ClassSpec to, ClassCards cards, PreparedTexts texts) =>
        DiffView.Of(ClassDiff.Compare(site, from, site, to, identity: false, revisions: false, texts), cards.Card(from), cards.Card(to));

    /// <param name="steps">Each step's comparison, by the slug of the class it steps up to (see <see cref="Step"/>).</param>
    public static IEnumerable<PagePlan> Plan(SiteModel site, SeriesLadder ladder, IReadOnlyDictionary<string, DiffView> steps) =>
        ladder.Steps.Select(step =>
        {
            var (from, to) = step;
            var title = $"From {from.Title} to {to.Title}";
            var model = new LevelStepPage(steps[to.Slug], new LinkView(ladder.Spec.Title, SiteUrls.Series(ladder.Slug)), SiteUrls.SeriesCompare(ladder.Slug));
            return new PagePlan(SiteUrls.LevelStep(from, to), "layouts/level-step.html", "level-step", title,
                $"What changes from {from.Title} to {to.Title}: fields, KSAs, competencies, qualifications and duties.",
                Crumbs.To(title, Crumbs.Series, new LinkView(ladder.Spec.Title, SiteUrls.Series(ladder.Slug)),
                    new LinkView("Levels side by side", SiteUrls.SeriesCompare(ladder.Slug))), model);
        });
}
