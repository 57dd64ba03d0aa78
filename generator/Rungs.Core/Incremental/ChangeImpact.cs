using Rungs.Content;
using Rungs.Linking;
using Rungs.Parsing;
using Rungs.Rendering;

namespace Rungs.Incremental;

/// <summary>
/// Which page groups an edit affects: the edited document's own group and every group whose pages show something of it,
/// as <see cref="SiteReferences"/> declares (a class's card appears on the pages of the competencies and KSAs it asks for,
/// on classes that differ from it, on job models that name it; a KSA's definition on the classes and series asking for
/// it). Worked out in the site before the edit and after it, so links that were removed are let go as well as links that
/// were added. The site pages (indexes, search, map) are rebuilt on every edit and are not listed.
/// </summary>
public static class ChangeImpact
{
    /// <summary>The groups to rebuild for edits to <paramref name="changedPaths"/> (content-relative), or null when everything must be rebuilt.</summary>
    public static IReadOnlySet<PageGroup>? Groups(SiteModel before, SiteModel after, IEnumerable<string> changedPaths)
    {
        var groups = new HashSet<PageGroup>();
        foreach (var path in changedPaths.Select(ContentPath.Of))
        {
            // site.yml feeds every page (title, navigation, base URL); a pay scale, every page showing pay of its classes.
            if (path.Kind is ContentKind.SiteConfig or ContentKind.PayScale) return null;
            Affect(before, path, groups);
            Affect(after, path, groups);
            if (path.Kind == ContentKind.Class && before.DocumentAt(path) is null != after.DocumentAt(path) is null)
                AffectTwins(before, after, path.Slug, groups);
            if (path.Kind == ContentKind.Class) AffectPeers(before, after, before.DocumentAt(path) as ClassSpec, after.DocumentAt(path) as ClassSpec, groups);
            // A series abolished (or restored) takes its classes out of their grades (or back).
            if (path.Kind == ContentKind.Series)
                foreach (var key in ClassKeysOf(before, path.Slug).Union(ClassKeysOf(after, path.Slug)))
                    AffectPeers(before, after, before.ClassByKey.GetValueOrDefault(key), after.ClassByKey.GetValueOrDefault(key), groups);
        }

        return groups;
    }

    /// <summary>The groups of the edited documents themselves: the pages an author editing them is looking at.</summary>
    public static IReadOnlyList<PageGroup> OwnGroups(IEnumerable<string> changedPaths) =>
        changedPaths.Select(ContentPath.Of).Select(OwnGroup).OfType<PageGroup>().Distinct().ToList();

    /// <summary>The group of the document at a path, whether or not the site holds it (a deleted document's pages go).</summary>
    private static PageGroup? OwnGroup(ContentPath path) => path.Kind switch
    {
        ContentKind.Series => PageGroup.Series(path.Slug),
        ContentKind.Class => PageGroup.Series(path.SeriesSlug!),
        ContentKind.Competency => PageGroup.Competency(path.Slug),
        ContentKind.Ksa => PageGroup.Ksa(path.Slug),
        ContentKind.JobModel => PageGroup.JobModel(path.Slug),
        _ => null,
    };

    private static void Affect(SiteModel site, ContentPath path, HashSet<PageGroup> groups)
    {
        if (OwnGroup(path) is { } own) groups.Add(own);
        if (site.DocumentAt(path) is not { } document) return;
        Showing(site, document, groups);
        // The series' title is on the card of each of its classes, wherever that card is shown; so is each class's track
        // once the series has more than one, which a class naming a track can start or end.
        var seriesSlug = document switch { SeriesSpec s => s.Slug, ClassSpec { Track: not null } c => c.SeriesSlug, _ => null };
        if (seriesSlug is not null && site.SeriesBySlug.TryGetValue(seriesSlug, out var ladder))
            foreach (var spec in ladder.Levels) Showing(site, spec, groups);
    }

    /// <summary>
    /// A class added or removed changes, for the classes of other series with its slug, whether that slug is shared: the
    /// names of their data files and compare links (ClassNames.FileName), and what bare references to it resolve to.
    /// </summary>
    private static void AffectTwins(SiteModel before, SiteModel after, string slug, HashSet<PageGroup> groups)
    {
        foreach (var site in (ReadOnlySpan<SiteModel>)[before, after])
        foreach (var twin in site.Classes.Where(c => c.Slug == slug))
            Showing(site, twin, groups);
    }

    /// <summary>
    /// A class that joins or leaves the classes at its grade (added, removed, abolished, regraded) changes how many lateral
    /// moves each of them counts: all of them, at the old grade and the new, are rebuilt. Any other change to a class, or
    /// to its place in site order, changes only the lists it enters or leaves, which list it before or after the edit
    /// (<see cref="Showing"/>).
    /// </summary>
    private static void AffectPeers(SiteModel before, SiteModel after, ClassSpec? old, ClassSpec? now, HashSet<PageGroup> groups)
    {
        if ((old is null ? null : before.LateralMoves.IndexedKeyOf(old)) == (now is null ? null : after.LateralMoves.IndexedKeyOf(now))) return;
        if (old is not null) foreach (var peer in before.LateralMoves.SharingKeyWith(old)) groups.Add(PageGroup.Series(peer.SeriesSlug));
        if (now is not null) foreach (var peer in after.LateralMoves.SharingKeyWith(now)) groups.Add(PageGroup.Series(peer.SeriesSlug));
    }

    private static IEnumerable<string> ClassKeysOf(SiteModel site, string seriesSlug) =>
        site.SeriesBySlug.TryGetValue(seriesSlug, out var ladder) ? ladder.Levels.Select(c => c.Key) : [];

    /// <summary>
    /// Adds the groups whose pages show something of the document: its own; those of the documents it names, where their
    /// pages list it; and those of the documents naming it, where their pages show what they name.
    /// </summary>
    private static void Showing(SiteModel site, object document, HashSet<PageGroup> groups)
    {
        var (kind, slug, group) = Describe(document);
        groups.Add(group);
        // A class's card is a lateral move on the pages of the classes at its grade in other series that list it (not a
        // reference: a match); the ones that only count it change only when it joins or leaves the grade (AffectPeers).
        if (document is ClassSpec graded)
            foreach (var peer in site.LateralMoves.ListingIt(graded, Rendering.Pages.ClassPaths.LateralLimit)) groups.Add(PageGroup.Series(peer.SeriesSlug));
        foreach (var reference in SiteReferences.All)
        {
            if (reference.From == kind && reference.ShownOn.HasFlag(ShownOn.Target))
                foreach (var target in reference.Targets(document, site.FindSeries, site.ClassNames))
                    if (site.Find(reference.To, target) is { } named) groups.Add(Describe(named).Group);
            if (reference.To == kind && reference.ShownOn.HasFlag(ShownOn.Referrer))
                foreach (var referrer in site.BackLinks.UntypedReferrers(reference, slug)) groups.Add(Describe(referrer).Group);
        }
    }

    /// <summary>A document's kind, slug (a class's key, as references name it) and page group (a class's pages are in its series' group).</summary>
    private static (ContentKind Kind, string Slug, PageGroup Group) Describe(object document) => document switch
    {
        SeriesSpec s => (ContentKind.Series, s.Slug, PageGroup.Series(s.Slug)),
        ClassSpec c => (ContentKind.Class, c.Key, PageGroup.Series(c.SeriesSlug)),
        Competency c => (ContentKind.Competency, c.Slug, PageGroup.Competency(c.Slug)),
        Ksa k => (ContentKind.Ksa, k.Slug, PageGroup.Ksa(k.Slug)),
        JobModel j => (ContentKind.JobModel, j.Slug, PageGroup.JobModel(j.Slug)),
        _ => throw new ArgumentOutOfRangeException(nameof(document), document.GetType().Name, "not a document"),
    };
}
