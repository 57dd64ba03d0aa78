using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>
/// "Paths from here" on a class page: the next level in its track (one per track where tracks branch off), the classes it promotes to, the classes that promote
/// to it, and lateral moves (classes of other series at the same grade), each linking to its comparison with this class.
/// </summary>
/// <param name="LateralMore">How many lateral moves are not listed (beyond <see cref="LateralLimit"/>).</param>
public sealed record ClassPaths(
    IReadOnlyList<PathStep> Next,
    IReadOnlyList<PathStep> PromotesTo,
    IReadOnlyList<PathStep> PromotedFrom,
    IReadOnlyList<PathStep> Lateral,
    int LateralMore,
    string? Grade)
{
    /// <summary>At most this many lateral moves are listed, so that a grade shared by hundreds of classes does not grow every page.</summary>
    public const int LateralLimit = 12;

    /// <summary>No paths at all.</summary>
    public static readonly ClassPaths None = new([], [], [], [], 0, null);

    /// <summary>Whether there is any path to show.</summary>
    public bool Any => Next.Count > 0 || PromotesTo.Count > 0 || PromotedFrom.Count > 0 || Lateral.Count > 0;

    /// <summary>The paths from <paramref name="spec"/>.</summary>
    public static ClassPaths Of(SiteModel site, ClassSpec spec, ClassCards cards)
    {
        // An abolished class is on no ladder: no one moves from it, and no path leads to it.
        if (!site.IsCurrent(spec)) return None;
        var from = cards.Card(spec);
        PathStep Step(ClassSpec to) => PathStep.Of(from, cards.Card(to));
        var (lateral, total) = site.LateralMoves.Of(spec, LateralLimit);
        return new ClassPaths(
            site.LadderOf(spec).Steps.Where(s => ReferenceEquals(s.From, spec)).Select(s => Step(s.To)).ToList(),
            site.ClassesNamed(spec.PromotesTo, spec.SeriesSlug).Where(site.IsCurrent).Select(Step).ToList(),
            site.BackLinks.Referrers(SiteReferences.PromotesTo, spec.Key).Where(site.IsCurrent).Select(Step).ToList(),
            lateral.Select(Step).ToList(),
            total - lateral.Count,
            site.LateralMoves.KeyOf(spec)?.Grade);
    }
}

/// <summary>A move to another class: its card and the comparison of the two (`compare/index.html?a=this&amp;b=that`, relative to the site root).</summary>
public sealed record PathStep(ClassCard Card, string CompareUrl)
{
    public static PathStep Of(ClassCard from, ClassCard to) =>
        new(to, AnyTwoComparePage.UrlOf(from.Slug, to.Slug));
}
