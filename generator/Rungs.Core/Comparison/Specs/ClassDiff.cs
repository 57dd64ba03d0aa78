using Rungs.Content;
using Rungs.Ladders;
using Rungs.Linking;
using Rungs.Parsing;

namespace Rungs.Comparison.Specs;

/// <summary>
/// What differs between two classes, in the spec's own terms: changed fields, KSAs and competencies added or dropped,
/// and every section compared item by item. Used for the next level of a ladder, any two classes, and two revisions.
/// </summary>
public sealed record ClassDiff(
    ClassSpec Before,
    ClassSpec After,
    IReadOnlyList<FieldChange> Fields,
    LinkChange Ksas,
    LinkChange Competencies,
    IReadOnlyList<SectionChange> Sections)
{
    /// <summary>True when the second class includes the first one's work, so its duties are kept, not dropped.</summary>
    public bool Inherits => Sections.Any(s => s.Inherited.Count > 0);

    public bool HasChanges => Fields.Count > 0 || Ksas.HasChanges || Competencies.HasChanges || Sections.Any(s => s.HasChanges);

    /// <param name="identity">Whether to compare the fields that name a class (title, codes); a ladder step leaves them out.</param>
    public static ClassDiff Compare(SiteModel beforeSite, ClassSpec before, SiteModel afterSite, ClassSpec after, bool identity = true)
    {
        var fields = ClassAttributes.All
            .Where(a => !a.IsSectionDigest && (identity || !a.IsIdentity))
            .Select(a => (a, Old: Blank(a.Read(before)), New: Blank(a.Read(after))))
            .Where(p => !string.Equals(p.Old, p.New, StringComparison.Ordinal))
            .Select(p => new FieldChange(p.a.Id, p.a.Label, p.Old, p.New, WordDiff.Compare(p.Old ?? "", p.New ?? "")))
            .ToList();

        // The next level "performs work related to the lower level": the lower level's duties carry over.
        var inherits = after.IncludesLowerLevelWork && after.SeriesSlug == before.SeriesSlug && after.Level > before.Level;
        return new ClassDiff(before, after, fields,
            LinkChange.Of(Linked(beforeSite.KsasOf(before)), Linked(afterSite.KsasOf(after))),
            LinkChange.Of(Linked(beforeSite.CompetenciesOf(before)), Linked(afterSite.CompetenciesOf(after))),
            CompareSections(before.Body, after.Body, inherits));
    }

    private static IReadOnlyList<LinkedItem> Linked(IEnumerable<Ksa> ksas) => ksas.Select(k => new LinkedItem(k.Slug, k.Title, k.Summary)).ToList();

    private static IReadOnlyList<LinkedItem> Linked(IEnumerable<Competency> cs) => cs.Select(c => new LinkedItem(c.Slug, c.Title, c.Summary)).ToList();

    private static IReadOnlyList<SectionChange> CompareSections(SpecBody before, SpecBody after, bool inherits)
    {
        var changes = new List<SectionChange>();
        // Known sections by kind, in the order the content model lists them; other sections by heading.
        foreach (var kind in Enum.GetValues<SectionKind>().Where(k => k != SectionKind.Other))
        {
            var old = before.OfKind(kind).ToList();
            var now = after.OfKind(kind).ToList();
            if (old.Count == 0 && now.Count == 0) continue;
            var title = now.FirstOrDefault()?.Heading ?? old[0].Heading;
            var id = SectionCatalog.AnchorOf(kind)!;
            var oldItems = old.SelectMany(s => s.Items).Select(SectionSummary.Flatten).ToList();
            var newItems = now.SelectMany(s => s.Items).Select(SectionSummary.Flatten).ToList();
            if (oldItems.Count == 0 && newItems.Count == 0)
            {
                changes.Add(new SectionChange(kind, id, title, [], WordDiff.Compare(Text(old), Text(now)), []));
                continue;
            }

            var items = ListDiff.Compare(oldItems, newItems);
            if (inherits && kind == SectionKind.Duties)
            {
                var kept = items.Where(i => i.Change == ItemChange.Removed).Select(i => i.Before!).ToList();
                changes.Add(new SectionChange(kind, id, title, items.Where(i => i.Change != ItemChange.Removed).ToList(), [], kept));
            }
            else
            {
                changes.Add(new SectionChange(kind, id, title, items, [], []));
            }
        }

        foreach (var heading in before.OfKind(SectionKind.Other).Concat(after.OfKind(SectionKind.Other))
                     .Select(s => s.Heading).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var old = before.OfKind(SectionKind.Other).Where(s => Same(s.Heading, heading)).ToList();
            var now = after.OfKind(SectionKind.Other).Where(s => Same(s.Heading, heading)).ToList();
            changes.Add(new SectionChange(SectionKind.Other, (now.FirstOrDefault() ?? old[0]).Id, heading, [], WordDiff.Compare(Text(old), Text(now)), []));
        }

        return changes;
    }

    // A blank value and a missing one say the same thing; the published data leaves both out.
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Text(IEnumerable<SpecSection> sections) => string.Join(" ", sections.Select(s => s.Text.Replace('\n', ' ')));
}
