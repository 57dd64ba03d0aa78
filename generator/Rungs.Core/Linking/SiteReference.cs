using Rungs.Content;
using Rungs.Parsing;

namespace Rungs.Linking;

/// <summary>
/// One kind of cross-reference, declared once in <see cref="SiteReferences"/>: documents of one kind naming documents of
/// another by slug under a front-matter key. Linking checks the slugs and builds the back-links from it; the dev server
/// patches edits into the linked site and chooses the pages to re-render by it.
/// </summary>
public abstract class SiteReference
{
    private protected SiteReference(ContentKind from, string key, ContentKind to, ShownOn shownOn)
    {
        From = from;
        Key = key;
        To = to;
        ShownOn = shownOn;
    }

    /// <summary>The kind of document that names others here.</summary>
    public ContentKind From { get; }

    /// <summary>The front-matter key the slugs are written under.</summary>
    public string Key { get; }

    /// <summary>The kind of document named.</summary>
    public ContentKind To { get; }

    public ShownOn ShownOn { get; }

    /// <summary>The error for a document naming itself; null where such a slug is checked like any other.</summary>
    public SelfReference? Self { get; init; }

    /// <summary>True when the key holds one slug (`superseded_by: clerk`), not a list.</summary>
    public bool Single { get; init; }

    /// <summary>The slugs written in the document's own front matter; none for a document of another kind.</summary>
    public abstract IReadOnlyList<SlugRef> Written(object document);

    /// <summary>
    /// Each slug the document names here, once: its own, then those it inherits from its series. These are the slugs
    /// whose back-links list it; a class is named by its key (`series/slug`, as <paramref name="classes"/> resolves the
    /// reference). None for a document of another kind.
    /// </summary>
    public abstract IReadOnlyList<string> Targets(object document, Func<string, SeriesSpec?> seriesOf, ClassNames classes);

    /// <summary>Reports each written slug that names no document (and a forbidden self-reference).</summary>
    internal abstract void Check(ParsedContent content, ReferenceChecker checker, ClassNames classes);

    /// <summary>The back-links: for each slug named, the documents of the linked site that name it, in site order.</summary>
    internal abstract BackLinkTable Invert(IReadOnlyList<SeriesLadder> series, IReadOnlyList<JobModel> jobModels, Func<string, SeriesSpec?> seriesOf, ClassNames classes);

    /// <summary>The back-links with each old document replaced by its new version, which names the same slugs.</summary>
    internal abstract BackLinkTable Patch(BackLinkTable table, IReadOnlyList<(object Old, object New)> replacements, Func<string, SeriesSpec?> seriesOf, ClassNames classes);

    public override string ToString() => $"{From} `{Key}` → {To}";
}

/// <summary>A cross-reference made by documents of type <typeparamref name="T"/>.</summary>
public sealed class SiteReference<T> : SiteReference where T : class
{
    private readonly Func<T, IReadOnlyList<SlugRef>> _field;

    internal SiteReference(ReferringKind<T> from, string key, Func<T, IReadOnlyList<SlugRef>> field, ContentKind to, ShownOn shownOn)
        : base(from.Kind, key, to, shownOn)
    {
        Referrers = from;
        _field = field;
    }

    /// <summary>The kind of document that makes this reference.</summary>
    public ReferringKind<T> Referrers { get; }

    /// <summary>A reference of the series that each of its documents (a class) makes too, as if it wrote those slugs itself.</summary>
    public SiteReference<SeriesSpec>? Inherits { get; init; }

    /// <summary>The slugs as the document writes them.</summary>
    public IReadOnlyList<SlugRef> Field(T document) => _field(document);

    public override IReadOnlyList<SlugRef> Written(object document) => document is T typed ? _field(typed) : [];

    public override IReadOnlyList<string> Targets(object document, Func<string, SeriesSpec?> seriesOf, ClassNames classes)
    {
        var targets = new List<string>();
        if (document is T typed) AddTargets(typed, seriesOf, classes, targets);
        return targets;
    }

    private void AddTargets(T document, Func<string, SeriesSpec?> seriesOf, ClassNames classes, List<string> targets)
    {
        var from = Referrers.SeriesOf(document);
        AddSlugs(_field(document), from, classes, targets);
        if (Inherits is not null && from is not null && seriesOf(from) is { } series) AddSlugs(Inherits.Field(series), from, classes, targets);
    }

    // Runs for every class several times per link: indexed, since a foreach over the interface would allocate. A document
    // names a dozen slugs at most, so a list finds repeats faster than a set would.
    private void AddSlugs(IReadOnlyList<SlugRef> references, string? from, ClassNames classes, List<string> targets)
    {
        for (var i = 0; i < references.Count; i++)
        {
            var target = Target(references[i], from, classes);
            if (!targets.Contains(target)) targets.Add(target);
        }
    }

    /// <summary>What a reference names: a class by its key, anything else by its slug.</summary>
    private string Target(SlugRef reference, string? from, ClassNames classes) =>
        To == ContentKind.Class ? classes.Target(reference.Slug, from) : reference.Slug;

    internal override void Check(ParsedContent content, ReferenceChecker checker, ClassNames classes)
    {
        foreach (var document in Referrers.Parsed(content))
        foreach (var reference in _field(document))
        {
            var from = Referrers.SeriesOf(document);
            if (Self is not null && Target(reference, from, classes) == Referrers.Key(document)) checker.ReportSelf(reference, Self, Key);
            else if (To == ContentKind.Class) checker.CheckClass(reference, from);
            else checker.Check(reference, To);
        }
    }

    internal override BackLinkTable Invert(IReadOnlyList<SeriesLadder> series, IReadOnlyList<JobModel> jobModels, Func<string, SeriesSpec?> seriesOf, ClassNames classes)
    {
        // Built in place, without a set per document or a copy at the end: this runs over every class several times.
        var lists = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
        var targets = new List<string>();
        foreach (var document in Referrers.Linked(series, jobModels))
        {
            targets.Clear();
            AddTargets(document, seriesOf, classes, targets);
            foreach (var target in targets)
            {
                if (!lists.TryGetValue(target, out var list)) lists[target] = list = new List<T>();
                ((List<T>)list).Add(document);
            }
        }

        return new BackLinkTable<T>(lists);
    }

    internal override BackLinkTable Patch(BackLinkTable table, IReadOnlyList<(object Old, object New)> replacements, Func<string, SeriesSpec?> seriesOf, ClassNames classes)
    {
        // A document is listed exactly under the slugs it names: only those lists change, whatever the size of the site.
        var lists = ((BackLinkTable<T>)table).Lists;
        Dictionary<string, IReadOnlyList<T>>? patched = null;
        var targets = new List<string>();
        foreach (var (old, replacement) in replacements)
        {
            if (old is not T before) continue;
            targets.Clear();
            AddTargets(before, seriesOf, classes, targets);
            foreach (var target in targets)
            {
                if (!lists.TryGetValue(target, out var original)) continue;
                // Copied in the original order, so whatever enumerates the lookup sees what a new link would give.
                patched ??= new Dictionary<string, IReadOnlyList<T>>(lists, StringComparer.Ordinal);
                var current = patched[target];
                var copy = ReferenceEquals(current, original) ? [.. current] : (List<T>)current;
                for (var i = 0; i < copy.Count; i++)
                    if (ReferenceEquals(copy[i], before)) copy[i] = (T)replacement;
                patched[target] = copy;
            }
        }

        return patched is null ? table : new BackLinkTable<T>(patched);
    }
}
