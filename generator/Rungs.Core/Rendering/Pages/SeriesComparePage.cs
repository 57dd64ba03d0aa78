using Rungs.Content;
using Rungs.Ladders;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>A row of the side-by-side attribute table.</summary>
public sealed record CompareAttributeRow(string Id, string Label, IReadOnlyList<AttributeCell> Cells);

/// <summary>A row of a KSA or competency matrix: the item, and its presence at each level.</summary>
public sealed record CompareMatrixRow(LibraryItem Item, IReadOnlyList<PresenceCell> Cells);

/// <summary>A level's duties: its own, and the level whose duties it includes.</summary>
public sealed record CompareDutyColumn(ClassCard Level, IReadOnlyList<string> Own, ClassCard? InheritsFrom, int InheritedCount);

/// <summary>The model of a series' comparison page: every level side by side.</summary>
public sealed record SeriesComparePage(
    SeriesCard Series,
    IReadOnlyList<ClassCard> Levels,
    IReadOnlyList<CompareAttributeRow> Attributes,
    IReadOnlyList<CompareMatrixRow> Ksas,
    IReadOnlyList<CompareMatrixRow> Competencies,
    IReadOnlyList<CompareDutyColumn> Duties,
    bool HasDuties,
    IReadOnlyList<LinkView> Steps)
{
    /// <summary>The page's sections in the order the page shows them, for its "On this page" list.</summary>
    public IReadOnlyList<ContentsEntry> Contents { get; } =
    [
        new("compare-attributes", "Attributes"),
        new("compare-ksas", "Knowledge, skills and abilities"),
        new("compare-competencies", "Competencies"),
        .. HasDuties ? [new ContentsEntry("compare-duties", "Duties by level")] : Array.Empty<ContentsEntry>(),
    ];

    public static PagePlan Plan(SiteModel site, SeriesLadder ladder, ClassCards cards)
    {
        var comparison = SeriesComparison.Of(site, ladder);
        // The levels' shared cards: the same as made from this ladder, since a level's ladder is this one.
        ClassCard Card(Content.ClassSpec c) => cards.Card(c);
        var model = new SeriesComparePage(
            SeriesCard.Of(ladder),
            ladder.Current.Select(Card).ToList(),
            comparison.Attributes.Select(r => new CompareAttributeRow(r.Attribute.Id, r.Label, r.Cells)).ToList(),
            comparison.Ksas.Select(r => new CompareMatrixRow(LibraryItem.Of(r.Item), r.Cells)).ToList(),
            comparison.Competencies.Select(r => new CompareMatrixRow(LibraryItem.Of(r.Item), r.Cells)).ToList(),
            comparison.Duties.Select(d => new CompareDutyColumn(Card(d.Level), d.Own.Select(i => i.Text).ToList(),
                d.InheritsFrom is null ? null : Card(d.InheritsFrom), d.InheritedCount)).ToList(),
            comparison.Duties.Any(d => d.Own.Count > 0),
            ladder.Steps.Select(p => new LinkView($"{p.From.Title} → {p.To.Title}", SiteUrls.LevelStep(p.From, p.To))).ToList());
        var title = $"{ladder.Spec.Title}: levels side by side";
        return new PagePlan(SiteUrls.SeriesCompare(ladder.Slug), "layouts/series-compare.html", "series-compare", title,
            $"Every level of the {ladder.Spec.Title} side by side: attributes, KSAs, competencies and duties.",
            Crumbs.To("Levels side by side", Crumbs.Series, new LinkView(ladder.Spec.Title, SiteUrls.Series(ladder.Slug))), model);
    }
}
