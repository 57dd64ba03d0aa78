using Rungs.Content;

namespace Rungs.Linking;

/// <summary>
/// What linking reads of a document: its identity, the keys the site is ordered by, and the slugs it names under each of
/// <see cref="SiteReferences"/>. Two versions of a document with the same link inputs pass and fail the same link checks
/// and sit in the same places of the linked site, so an edit that keeps them can be patched into the site
/// (<see cref="SitePatch"/>) instead of linking again.
/// </summary>
public static class LinkInputs
{
    /// <summary>Whether <paramref name="after"/> reads the same as <paramref name="before"/> to <see cref="LinkStage"/>.</summary>
    public static bool Same(object before, object after) => SameKeys(before, after) && SiteReferences.All.All(r => SameSlugs(r.Written(before), r.Written(after)));

    /// <summary>The same kind of document, with the same identity and ordering keys.</summary>
    private static bool SameKeys(object before, object after) => (before, after) switch
    {
        (ClassSpec a, ClassSpec b) =>
            a.Slug == b.Slug && a.SeriesSlug == b.SeriesSlug && a.Position.Path == b.Position.Path && a.Code == b.Code
            && a.Level == b.Level && a.IncludesLowerLevelWork == b.IncludesLowerLevelWork && a.Track == b.Track
            // Linking checks the grade against the class's pay scale (PayScaleRules).
            && a.Grade == b.Grade && a.PayScale?.Slug == b.PayScale?.Slug
            // The status decides whether a class is on its ladder or among the former classes, and whether it is built at all.
            && a.Status == b.Status && a.AbolishedOn == b.AbolishedOn,
        // Tracks decide which levels may be shared and which track names are known (LinkStage), and the ladder's steps.
        (SeriesSpec a, SeriesSpec b) => a.Slug == b.Slug && a.Order == b.Order && a.Title == b.Title && a.Tracks.SequenceEqual(b.Tracks)
            && a.PayScale?.Slug == b.PayScale?.Slug && a.Status == b.Status && a.AbolishedOn == b.AbolishedOn,
        (Competency a, Competency b) => a.Slug == b.Slug && a.Group == b.Group && a.Order == b.Order && a.Title == b.Title,
        (Ksa a, Ksa b) => a.Slug == b.Slug && a.Title == b.Title,
        (JobModel a, JobModel b) => a.Slug == b.Slug && a.Title == b.Title,
        _ => false,
    };

    private static bool SameSlugs(IReadOnlyList<SlugRef> a, IReadOnlyList<SlugRef> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (a[i].Slug != b[i].Slug) return false;
        return true;
    }
}
