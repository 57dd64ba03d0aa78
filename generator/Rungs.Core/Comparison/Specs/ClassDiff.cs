using Rungs.Content;
using Rungs.Ladders;
using Rungs.Linking;

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
    public static ClassDiff Compare(SiteModel beforeSite, ClassSpec before, SiteModel afterSite, ClassSpec after, bool identity = true) =>
        Compare(beforeSite, before, afterSite, after, identity, revisions: false);

    /// <param name="identity">Whether to compare the fields that name a class (title, codes); a ladder step leaves them out.</param>
    /// <param name="revisions">
    /// The two classes are two revisions of one spec (`rungs diff`), not two levels: no duties carry over as lower-level
    /// work, and the text of known sections outside their lists is compared too (<see cref="SectionComparison.Compare"/>).
    /// </param>
    public static ClassDiff Compare(SiteModel beforeSite, ClassSpec before, SiteModel afterSite, ClassSpec after, bool identity, bool revisions) =>
        Compare(beforeSite, before, afterSite, after, identity, revisions, new PreparedTexts());

    /// <summary>As <see cref="Compare(SiteModel, ClassSpec, SiteModel, ClassSpec, bool, bool)"/>, with texts tokenized through <paramref name="texts"/>, which may already hold them.</summary>
    internal static ClassDiff Compare(SiteModel beforeSite, ClassSpec before, SiteModel afterSite, ClassSpec after, bool identity, bool revisions, PreparedTexts texts)
    {
        var fields = new List<FieldChange>();
        void Add(ClassAttribute attribute, string? old, string? now)
        {
            old = Blank(old);
            now = Blank(now);
            if (!string.Equals(old, now, StringComparison.Ordinal))
                fields.Add(new FieldChange(attribute.Id, attribute.Label, old, now, WordDiff.Compare(old ?? "", now ?? "", texts)));
        }

        foreach (var attribute in ClassAttributes.All)
            if (!attribute.IsSectionDigest && (identity || !attribute.IsIdentity)) Add(attribute, attribute.Read(before), attribute.Read(after));

        // The fields the sites declare, after the built-in ones: all of them between revisions, else those declared `compare: true`.
        var declaredBefore = ClassAttributes.Declared(beforeSite, all: revisions);
        var declaredAfter = ClassAttributes.Declared(afterSite, all: revisions);
        foreach (var attribute in declaredAfter.Concat(declaredBefore.Where(b => declaredAfter.All(a => a.Id != b.Id))))
            Add(attribute, declaredBefore.FirstOrDefault(b => b.Id == attribute.Id)?.Read(before), declaredAfter.FirstOrDefault(a => a.Id == attribute.Id)?.Read(after));

        // The next level "performs work related to the lower level": the lower level's duties carry over.
        var inherits = !revisions && after.IncludesLowerLevelWork && after.SeriesSlug == before.SeriesSlug && after.Level > before.Level;
        return new ClassDiff(before, after, fields,
            LinkChange.Of(Linked(beforeSite.KsasOf(before)), Linked(afterSite.KsasOf(after))),
            LinkChange.Of(Linked(beforeSite.CompetenciesOf(before)), Linked(afterSite.CompetenciesOf(after))),
            SectionComparison.Compare(before.Body, after.Body, texts, inherits, prose: revisions));
    }

    private static List<LinkedItem> Linked(IEnumerable<Ksa> ksas)
    {
        var linked = new List<LinkedItem>();
        foreach (var k in ksas) linked.Add(new LinkedItem(k.Slug, k.Title, k.Summary));
        return linked;
    }

    private static List<LinkedItem> Linked(IEnumerable<Competency> cs)
    {
        var linked = new List<LinkedItem>();
        foreach (var c in cs) linked.Add(new LinkedItem(c.Slug, c.Title, c.Summary));
        return linked;
    }

    private static string? Blank(string? value) => FieldChange.ValueOf(value);
}
