using Rungs.Content;
using Rungs.Linking;
using Rungs.Parsing;
using Rungs.Rendering;

namespace Rungs.Incremental;

/// <summary>
/// Which page groups an edit affects: the edited document's own group and every group whose pages show something of it
/// (a class's card appears on its series' pages, on the pages of the competencies and KSAs it asks for, on classes that
/// differ from it or promote to it, and on job models that name it). Worked out in the site before the edit and after it,
/// so links that were removed are let go as well as links that were added. The site pages (indexes, search, map) are
/// rebuilt on every edit and are not listed.
/// </summary>
public static class ChangeImpact
{
    /// <summary>The groups to rebuild for edits to <paramref name="changedPaths"/> (content-relative), or null when everything must be rebuilt.</summary>
    public static IReadOnlySet<PageGroup>? Groups(SiteModel before, SiteModel after, IEnumerable<string> changedPaths)
    {
        var groups = new HashSet<PageGroup>();
        foreach (var path in changedPaths.Select(ContentPath.Of))
        {
            // site.yml feeds every page (title, navigation, base URL).
            if (path.Kind == ContentKind.SiteConfig) return null;
            Affect(before, path, groups);
            Affect(after, path, groups);
        }

        return groups;
    }

    /// <summary>The groups of the edited documents themselves: the pages an author editing them is looking at.</summary>
    public static IReadOnlyList<PageGroup> OwnGroups(IEnumerable<string> changedPaths) =>
        changedPaths.Select(ContentPath.Of).Select(path => path.Kind switch
            {
                ContentKind.Series => PageGroup.Series(path.Slug),
                ContentKind.Class => PageGroup.Series(path.SeriesSlug!),
                ContentKind.Competency => PageGroup.Competency(path.Slug),
                ContentKind.Ksa => PageGroup.Ksa(path.Slug),
                ContentKind.JobModel => PageGroup.JobModel(path.Slug),
                _ => null,
            })
            .OfType<PageGroup>().Distinct().ToList();

    private static void Affect(SiteModel site, ContentPath path, HashSet<PageGroup> groups)
    {
        switch (path.Kind)
        {
            case ContentKind.Series:
                groups.Add(PageGroup.Series(path.Slug));
                if (site.SeriesBySlug.TryGetValue(path.Slug, out var ladder)) Series(site, ladder, groups);
                break;
            case ContentKind.Class:
                groups.Add(PageGroup.Series(path.SeriesSlug!));
                if (site.ClassBySlug.TryGetValue(path.Slug, out var spec) && spec.SeriesSlug == path.SeriesSlug) Class(site, spec, groups);
                break;
            case ContentKind.Competency:
                groups.Add(PageGroup.Competency(path.Slug));
                groups.UnionWith(site.BackLinks.ClassesUsingCompetency(path.Slug).Select(c => PageGroup.Series(c.SeriesSlug)));
                groups.UnionWith(site.BackLinks.SeriesUsingCompetency(path.Slug).Select(l => PageGroup.Series(l.Slug)));
                groups.UnionWith(site.BackLinks.JobModelsUsingCompetency(path.Slug).Select(j => PageGroup.JobModel(j.Slug)));
                break;
            case ContentKind.Ksa:
                groups.Add(PageGroup.Ksa(path.Slug));
                groups.UnionWith(site.BackLinks.ClassesUsingKsa(path.Slug).Select(c => PageGroup.Series(c.SeriesSlug)));
                groups.UnionWith(site.BackLinks.SeriesUsingKsa(path.Slug).Select(l => PageGroup.Series(l.Slug)));
                break;
            case ContentKind.JobModel:
                groups.Add(PageGroup.JobModel(path.Slug));
                if (site.JobModelBySlug.TryGetValue(path.Slug, out var model)) JobModel(site, model, groups);
                break;
        }
    }

    private static void Series(SiteModel site, SeriesLadder ladder, HashSet<PageGroup> groups)
    {
        groups.UnionWith(ladder.Spec.Ksas.Select(r => PageGroup.Ksa(r.Slug)));
        groups.UnionWith(ladder.Spec.Competencies.Select(r => PageGroup.Competency(r.Slug)));
        // The series' title is on the card of each of its classes, wherever that card is shown.
        foreach (var spec in ladder.Levels) Class(site, spec, groups);
    }

    private static void Class(SiteModel site, ClassSpec spec, HashSet<PageGroup> groups)
    {
        groups.Add(PageGroup.Series(spec.SeriesSlug));
        groups.UnionWith(site.KsasOf(spec).Select(k => PageGroup.Ksa(k.Slug)));
        groups.UnionWith(site.CompetenciesOf(spec).Select(c => PageGroup.Competency(c.Slug)));
        groups.UnionWith(spec.DiffersFrom.Concat(spec.PromotesTo)
            .Where(r => site.ClassBySlug.ContainsKey(r.Slug))
            .Select(r => PageGroup.Series(site.ClassBySlug[r.Slug].SeriesSlug)));
        groups.UnionWith(site.BackLinks.ClassesDistinguishedFrom(spec.Slug).Concat(site.BackLinks.ClassesPromotingTo(spec.Slug))
            .Select(c => PageGroup.Series(c.SeriesSlug)));
        groups.UnionWith(site.BackLinks.JobModelsForClass(spec.Slug).Select(j => PageGroup.JobModel(j.Slug)));
    }

    private static void JobModel(SiteModel site, JobModel model, HashSet<PageGroup> groups)
    {
        groups.UnionWith(model.Competencies.Select(r => PageGroup.Competency(r.Slug)));
        groups.UnionWith(model.Classes.Where(r => site.ClassBySlug.ContainsKey(r.Slug))
            .Select(r => PageGroup.Series(site.ClassBySlug[r.Slug].SeriesSlug)));
    }
}
