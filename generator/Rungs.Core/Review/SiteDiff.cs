using System.Net;
using System.Text.RegularExpressions;
using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Review;

/// <summary>
/// Compares two linked sites in the specs' own terms: per series, class, competency, KSA and job model, what was added,
/// removed, renamed or moved, and for items in both every field, reference, list item and section that changed. Pure.
/// </summary>
/// <remarks>
/// Items are paired by identity, in rounds: a class by its code, then its slug, then (when neither revision gives a code)
/// its title; every other item by its slug, then its title. A pair whose slug differs is Renamed; a class whose slug is
/// the same but whose series folder differs is Moved. Output order: kinds as in <see cref="ItemKind"/>; inside a kind,
/// Added, Removed, Renamed and Moved, Changed; inside those, the sites' own display order (ladders for classes).
/// </remarks>
public static partial class SiteDiff
{
    private sealed record Details(
        IReadOnlyList<FieldChange> Fields,
        IReadOnlyList<ListFieldChange> Lists,
        IReadOnlyList<LinkFieldChange> Links,
        IReadOnlyList<SectionDelta> Sections,
        IReadOnlyList<Impact> Impacts)
    {
        public bool IsEmpty => Fields.Count == 0 && Lists.Count == 0 && Links.Count == 0 && Sections.Count == 0;
    }

    private sealed record Identity<T>(Func<T, string?> Key, StringComparer Comparer);

    /// <summary>
    /// Compares two loaded sides. An item whose file exists on one side but could not be read there (see
    /// <see cref="LoadedSite.Unreadable"/>) is not reported as added or removed: the report's problems name the file.
    /// </summary>
    public static IReadOnlyList<DiffEntry> Compare(LoadedSite before, LoadedSite after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        // A spec file whose text is the same on both sides has the same fields, references and sections: it is not compared.
        return Compare(before.Site, after.Site, before.Unreadable, after.Unreadable, (old, now) =>
            old == now && before.Texts.TryGetValue(old, out var a) && after.Texts.TryGetValue(now, out var b) && a is not null && string.Equals(a, b, StringComparison.Ordinal));
    }

    /// <summary>Compares two linked sites.</summary>
    /// <param name="unreadableBefore">Paths not to report as added: they exist in the old revision but could not be read.</param>
    /// <param name="unreadableAfter">Paths not to report as removed: they exist in the new revision but could not be read.</param>
    /// <param name="identical">Whether the files at two paths (old, new) are known to be the same, so the pair needs no comparing.</param>
    public static IReadOnlyList<DiffEntry> Compare(
        SiteModel before,
        SiteModel after,
        IReadOnlySet<string>? unreadableBefore = null,
        IReadOnlySet<string>? unreadableAfter = null,
        Func<string, string, bool>? identical = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var skip = new Skips(unreadableBefore ?? new HashSet<string>(), unreadableAfter ?? new HashSet<string>(), identical ?? ((_, _) => false));
        var entries = new List<DiffEntry>();

        entries.AddRange(CompareKind(skip, ItemKind.Series,
            before.Series.Select(l => l.Spec).ToList(), after.Series.Select(l => l.Spec).ToList(),
            s => new ItemRef(s.Slug, null, LoadedSite.SeriesPath(s.Slug), s.Title, s.Code),
            [new(s => s.Slug, StringComparer.Ordinal), new(s => s.Title, StringComparer.OrdinalIgnoreCase)],
            (b, a) => SeriesDetails(before, b, after, a),
            s => Values(SpecFields.Series, s),
            _ => []));

        entries.AddRange(CompareKind(skip, ItemKind.Class,
            before.Classes.ToList(), after.Classes.ToList(),
            c => new ItemRef(c.Slug, c.SeriesSlug, LoadedSite.ClassPath(c.SeriesSlug, c.Slug), c.Title, c.Code),
            [
                new(c => c.Code, StringComparer.OrdinalIgnoreCase),
                // By series and slug first: two series may each have a class with the slug. Then by slug, for a class
                // moved to another series.
                new(c => c.Key, StringComparer.Ordinal),
                new(c => c.Slug, StringComparer.Ordinal),
                new(c => c.Code is null ? c.Title : null, StringComparer.OrdinalIgnoreCase),
            ],
            (b, a) => ClassDetails(before, b, after, a),
            c => Values(SpecFields.Class, c),
            _ => [new Impact(Impact.ClassRemoved, "Class", null, null, "class removed")]));

        entries.AddRange(CompareKind(skip, ItemKind.Competency,
            before.Competencies, after.Competencies,
            c => new ItemRef(c.Slug, null, $"competencies/{c.Slug}.md", c.Title, null),
            BySlugThenTitle<Competency>(c => c.Slug, c => c.Title),
            (b, a) => Plain(Fields(SpecFields.Competency, b, a), [], [], b.Body, a.Body),
            c => Values(SpecFields.Competency, c),
            _ => []));

        entries.AddRange(CompareKind(skip, ItemKind.Ksa,
            before.Ksas, after.Ksas,
            k => new ItemRef(k.Slug, null, $"ksas/{k.Slug}.md", k.Title, null),
            BySlugThenTitle<Ksa>(k => k.Slug, k => k.Title),
            (b, a) => Plain(Fields(SpecFields.Ksa, b, a), [], [], b.Body, a.Body),
            k => Values(SpecFields.Ksa, k),
            _ => []));

        entries.AddRange(CompareKind(skip, ItemKind.JobModel,
            before.JobModels, after.JobModels,
            j => new ItemRef(j.Slug, null, $"job-models/{j.Slug}.md", j.Title, null),
            BySlugThenTitle<JobModel>(j => j.Slug, j => j.Title),
            (b, a) => Plain(
                Fields(SpecFields.JobModel, b, a),
                Lists(("example-positions", "Example positions", b.ExamplePositions, a.ExamplePositions)),
                Links(
                    ("competencies", "Competencies", Competencies(before, b.Competencies), Competencies(after, a.Competencies)),
                    ("classes", "Classes", Classes(before, b.Classes, null), Classes(after, a.Classes, null))),
                b.Body, a.Body),
            j => Values(SpecFields.JobModel, j),
            _ => []));

        return entries;
    }

    private static Identity<T>[] BySlugThenTitle<T>(Func<T, string?> slug, Func<T, string?> title) =>
        [new(slug, StringComparer.Ordinal), new(title, StringComparer.OrdinalIgnoreCase)];

    private sealed record Skips(IReadOnlySet<string> Added, IReadOnlySet<string> Removed, Func<string, string, bool> Identical);

    private static IEnumerable<DiffEntry> CompareKind<T>(
        Skips skip,
        ItemKind kind,
        IReadOnlyList<T> before,
        IReadOnlyList<T> after,
        Func<T, ItemRef> reference,
        Identity<T>[] identities,
        Func<T, T, Details> compare,
        Func<T, IReadOnlyList<(string Id, string Label, string Value)>> values,
        Func<T, IReadOnlyList<Impact>> removalImpacts)
    {
        var partnerOfBefore = Enumerable.Repeat(-1, before.Count).ToArray();
        var partnerOfAfter = Enumerable.Repeat(-1, after.Count).ToArray();
        foreach (var identity in identities)
        {
            var waiting = new Dictionary<string, Queue<int>>(identity.Comparer);
            for (var j = 0; j < after.Count; j++)
            {
                if (partnerOfAfter[j] >= 0 || identity.Key(after[j]) is not { } key) continue;
                if (!waiting.TryGetValue(key, out var queue)) waiting[key] = queue = new Queue<int>();
                queue.Enqueue(j);
            }

            for (var i = 0; i < before.Count; i++)
            {
                if (partnerOfBefore[i] >= 0 || identity.Key(before[i]) is not { } key) continue;
                if (!waiting.TryGetValue(key, out var queue) || queue.Count == 0) continue;
                var j = queue.Dequeue();
                partnerOfBefore[i] = j;
                partnerOfAfter[j] = i;
            }
        }

        var added = new List<DiffEntry>();
        var relocated = new List<DiffEntry>();
        var changed = new List<DiffEntry>();
        for (var j = 0; j < after.Count; j++)
        {
            var now = after[j];
            if (partnerOfAfter[j] < 0)
            {
                if (skip.Added.Contains(reference(now).Path)) continue;
                added.Add(new DiffEntry(kind, EntryStatus.Added, null, reference(now),
                    values(now).Select(v => Field(v.Id, v.Label, null, v.Value)).ToList(), [], [], [], []));
                continue;
            }

            var old = before[partnerOfAfter[j]];
            var (oldRef, newRef) = (reference(old), reference(now));
            if (skip.Identical(oldRef.Path, newRef.Path)) continue;
            var details = compare(old, now);
            var status = oldRef.Slug != newRef.Slug ? EntryStatus.Renamed
                : oldRef.Series != newRef.Series ? EntryStatus.Moved
                : EntryStatus.Changed;
            if (status == EntryStatus.Changed && details.IsEmpty) continue;
            var entry = new DiffEntry(kind, status, oldRef, newRef, details.Fields, details.Lists, details.Links, details.Sections, details.Impacts);
            (status == EntryStatus.Changed ? changed : relocated).Add(entry);
        }

        var removed = new List<DiffEntry>();
        for (var i = 0; i < before.Count; i++)
        {
            if (partnerOfBefore[i] >= 0 || skip.Removed.Contains(reference(before[i]).Path)) continue;
            var old = before[i];
            removed.Add(new DiffEntry(kind, EntryStatus.Removed, reference(old), null,
                values(old).Select(v => Field(v.Id, v.Label, v.Value, null)).ToList(), [], [], [], removalImpacts(old)));
        }

        return [.. added, .. removed, .. relocated, .. changed];
    }

    private static Details ClassDetails(SiteModel beforeSite, ClassSpec before, SiteModel afterSite, ClassSpec after)
    {
        var diff = ClassDiff.Compare(beforeSite, before, afterSite, after, identity: true, revisions: true);
        var fields = diff.Fields.Concat(Fields(SpecFields.ClassExtras, before, after)).ToList();
        var lists = Lists(
            ("aliases", "Aliases", before.Aliases, after.Aliases),
            ("example-positions", "Example positions", before.ExamplePositions, after.ExamplePositions));
        // A class's own references, not those it gets from its series: a series-wide change is reported once, on the series.
        var links = Links(
            ("ksas", "KSAs", Ksas(beforeSite, before.Ksas), Ksas(afterSite, after.Ksas)),
            ("competencies", "Competencies", Competencies(beforeSite, before.Competencies), Competencies(afterSite, after.Competencies)),
            ("differs-from", "Differs from", Classes(beforeSite, before.DiffersFrom, before.SeriesSlug), Classes(afterSite, after.DiffersFrom, after.SeriesSlug)),
            ("promotes-to", "Promotes to", Classes(beforeSite, before.PromotesTo, before.SeriesSlug), Classes(afterSite, after.PromotesTo, after.SeriesSlug)));
        var sections = Sections(before.Body, after.Body, diff.Sections);
        return new Details(fields, lists, links, sections, Impacts(fields, sections));
    }

    private static Details SeriesDetails(SiteModel beforeSite, SeriesSpec before, SiteModel afterSite, SeriesSpec after) =>
        Plain(
            Fields(SpecFields.Series, before, after),
            [],
            Links(
                ("ksas", "KSAs", Ksas(beforeSite, before.Ksas), Ksas(afterSite, after.Ksas)),
                ("competencies", "Competencies", Competencies(beforeSite, before.Competencies), Competencies(afterSite, after.Competencies))),
            before.Body, after.Body);

    private static Details Plain(IReadOnlyList<FieldChange> fields, IReadOnlyList<ListFieldChange> lists, IReadOnlyList<LinkFieldChange> links, SpecBody before, SpecBody after)
    {
        var sections = Sections(before, after, SectionComparison.Compare(before, after, prose: true));
        return new Details(fields, lists, links, sections, Impacts([], sections));
    }

    /// <summary>
    /// A class abolished (its status becoming abolished: it leaves the plan as a removed class does), then grade, FLSA
    /// status and code changes, and any change to the minimum qualifications, in that field order.
    /// </summary>
    private static IReadOnlyList<Impact> Impacts(IReadOnlyList<FieldChange> fields, IReadOnlyList<SectionDelta> sections)
    {
        var impacts = fields
            .Where(f => f.Id == SpecFields.StatusId && f.After == SpecStatus.Abolished.Name())
            .Select(f => new Impact(Impact.ClassAbolished, "Class", f.Before, f.After, "class abolished"))
            .Concat(fields
                .Where(f => f.Id is Impact.Code or Impact.Grade or Impact.Flsa)
                .Select(f => new Impact(f.Id, f.Label, f.Before, f.After, ReviewText.FieldSummary(f))))
            .ToList();
        foreach (var section in sections.Where(s => s.Kind == SectionKind.MinimumQualifications))
            impacts.Add(new Impact(Impact.MinimumQualifications, "Minimum qualifications", null, null,
                "Minimum qualifications: " + ReviewText.Describe(section)));
        return impacts;
    }

    private static IReadOnlyList<(string Id, string Label, string Value)> Values<T>(IReadOnlyList<SpecField<T>> fields, T item) =>
        fields.Select(f => (f.Id, f.Label, Value: Blank(f.Read(item)))).Where(f => f.Value is not null).Select(f => (f.Id, f.Label, f.Value!)).ToList();

    private static IReadOnlyList<FieldChange> Fields<T>(IReadOnlyList<SpecField<T>> fields, T before, T after) =>
        fields.Select(f => (f, Old: Blank(f.Read(before)), New: Blank(f.Read(after))))
            .Where(p => !string.Equals(p.Old, p.New, StringComparison.Ordinal))
            .Select(p => Field(p.f.Id, p.f.Label, p.Old, p.New))
            .ToList();

    private static FieldChange Field(string id, string label, string? before, string? after) =>
        new(id, label, before, after, WordDiff.Compare(before ?? "", after ?? ""));

    private static IReadOnlyList<ListFieldChange> Lists(params (string Id, string Label, IReadOnlyList<string> Before, IReadOnlyList<string> After)[] lists) =>
        lists.Select(l => new ListFieldChange(l.Id, l.Label, ListDiff.Compare(l.Before, l.After).Where(i => i.Change != ItemChange.Unchanged).ToList()))
            .Where(l => l.Items.Count > 0)
            .ToList();

    private static IReadOnlyList<LinkFieldChange> Links(params (string Id, string Label, IReadOnlyList<LinkedItem> Before, IReadOnlyList<LinkedItem> After)[] links) =>
        links.Select(l => (l, Change: LinkChange.Of(l.Before, l.After)))
            .Where(p => p.Change.HasChanges)
            .Select(p => new LinkFieldChange(p.l.Id, p.l.Label, p.Change.Added, p.Change.Removed))
            .ToList();

    private static IReadOnlyList<LinkedItem> Ksas(SiteModel site, IEnumerable<SlugRef> refs) =>
        Resolve(refs, slug => site.KsaBySlug.TryGetValue(slug, out var k) ? new LinkedItem(k.Slug, k.Title, k.Summary) : null);

    private static IReadOnlyList<LinkedItem> Competencies(SiteModel site, IEnumerable<SlugRef> refs) =>
        Resolve(refs, slug => site.CompetencyBySlug.TryGetValue(slug, out var c) ? new LinkedItem(c.Slug, c.Title, c.Summary) : null);

    private static IReadOnlyList<LinkedItem> Classes(SiteModel site, IEnumerable<SlugRef> refs, string? fromSeries) =>
        Resolve(refs, slug => site.FindClass(slug, fromSeries) is { } c ? new LinkedItem(site.ClassNames.ShortName(c), c.Title, null) : null);

    // A reference that does not resolve (broken content) is still a reference: it is shown by its slug.
    private static IReadOnlyList<LinkedItem> Resolve(IEnumerable<SlugRef> refs, Func<string, LinkedItem?> lookup) =>
        refs.Select(r => r.Slug).Distinct(StringComparer.Ordinal).Select(slug => lookup(slug) ?? new LinkedItem(slug, slug, null)).ToList();

    /// <summary>The sections that changed, the text before the first heading first ("Introduction").</summary>
    private static IReadOnlyList<SectionDelta> Sections(SpecBody before, SpecBody after, IReadOnlyList<SectionChange> changes)
    {
        var deltas = new List<SectionDelta>();
        var (oldIntro, newIntro) = (HtmlText(before.IntroHtml), HtmlText(after.IntroHtml));
        if (!string.Equals(oldIntro, newIntro, StringComparison.Ordinal))
        {
            var words = WordDiff.Compare(oldIntro, newIntro);
            if (words.Any(w => w.Change != WordChange.Same))
                deltas.Add(new SectionDelta(SectionKind.Other, "introduction", "Introduction",
                    oldIntro.Length == 0 ? SectionStatus.Added : newIntro.Length == 0 ? SectionStatus.Removed : SectionStatus.Changed, [], words));
        }

        foreach (var change in changes)
        {
            var inBefore = SectionComparison.SectionsOf(before, change).Any();
            var inAfter = SectionComparison.SectionsOf(after, change).Any();
            var status = !inBefore ? SectionStatus.Added : !inAfter ? SectionStatus.Removed : SectionStatus.Changed;
            var items = change.Items.Where(i => i.Change != ItemChange.Unchanged).ToList();
            IReadOnlyList<WordSegment> text = change.Words.Any(w => w.Change != WordChange.Same) ? change.Words : [];
            if (status == SectionStatus.Changed && items.Count == 0 && text.Count == 0) continue;
            deltas.Add(new SectionDelta(change.Kind, change.Id, change.Title, status, items, text));
        }

        return deltas;
    }

    // A blank value and a missing one say the same thing.
    private static string? Blank(string? value) => FieldChange.ValueOf(value);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>The words of rendered HTML (the text before a spec's first heading), for a word diff.</summary>
    private static string HtmlText(string html) =>
        string.Join(' ', WebUtility.HtmlDecode(Tag().Replace(html, " ")).Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
