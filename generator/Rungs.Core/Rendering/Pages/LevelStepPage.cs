using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The model of a pre-rendered "from this level to the next" page, which works without JavaScript.</summary>
public sealed record LevelStepPage(DiffView Diff, LinkView Series, string SeriesCompareUrl)
{
    /// <summary>The comparison of a class with the level above it, or null at the top of its ladder.</summary>
    /// <param name="texts">Shared by the steps of a ladder, so each level's texts are tokenized once, not once per step it is in.</param>
    internal static DiffView? NextStep(SiteModel site, ClassSpec spec, ClassCards cards, PreparedTexts texts)
    {
        var ladder = site.LadderOf(spec);
        if (ladder.Above(spec) is not { } above) return null;
        return DiffView.Of(ClassDiff.Compare(site, spec, site, above, identity: false, revisions: false, texts), cards.Card(spec), cards.Card(above));
    }

    /// <param name="steps">Each class's comparison with the level above it, by class slug (see <see cref="NextStep"/>).</param>
    public static IEnumerable<PagePlan> Plan(SiteModel site, SeriesLadder ladder, IReadOnlyDictionary<string, DiffView?> steps) =>
        ladder.Levels.Where(c => ladder.Above(c) is not null).Select(from =>
        {
            var to = ladder.Above(from)!;
            var title = $"From {from.Title} to {to.Title}";
            var model = new LevelStepPage(steps[from.Slug]!, new LinkView(ladder.Spec.Title, SiteUrls.Series(ladder.Slug)), SiteUrls.SeriesCompare(ladder.Slug));
            return new PagePlan(SiteUrls.LevelStep(from, to), "layouts/level-step.html", "level-step", title,
                $"What changes from {from.Title} to {to.Title}: fields, KSAs, competencies, qualifications and duties.",
                Crumbs.To(title, Crumbs.Series, new LinkView(ladder.Spec.Title, SiteUrls.Series(ladder.Slug)),
                    new LinkView("Levels side by side", SiteUrls.SeriesCompare(ladder.Slug))), model);
        });
}
