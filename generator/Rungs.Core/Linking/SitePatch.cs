using Rungs.Content;

namespace Rungs.Linking;

/// <summary>
/// A linked site with some documents swapped for new versions whose <see cref="LinkInputs"/> are the same: every list,
/// lookup and back-link that held an old version holds the new one, in the same place, as linking the site again would
/// give. The old site is left as it was; lists and lookups that held none of the documents are shared with it.
/// </summary>
public sealed class SitePatch
{
    private readonly Dictionary<object, object> _replacements = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyList<(object Old, object New)> _documents;

    private SitePatch(IEnumerable<(object Old, object New)> replacements)
    {
        _documents = replacements.ToList();
        foreach (var (old, replacement) in _documents) _replacements[old] = replacement;
    }

    /// <param name="replacements">Each old document (as the site holds it) with its new version.</param>
    public static SiteModel Apply(SiteModel site, IEnumerable<(object Old, object New)> replacements) =>
        new SitePatch(replacements).Apply(site);

    private SiteModel Apply(SiteModel site)
    {
        Freeze();
        // Ladders first: a ladder whose series or one of whose classes is replaced is a new ladder, and then it is the
        // ladder that the lookup of ladders must show.
        var ladders = List(site.Series, ladder =>
        {
            var spec = Map(ladder.Spec);
            var levels = List(ladder.Levels, Map);
            if (ReferenceEquals(spec, ladder.Spec) && ReferenceEquals(levels, ladder.Levels)) return ladder;
            var patched = new SeriesLadder(spec, levels);
            _replacements[ladder] = patched;
            return patched;
        });
        Freeze();
        var patched = new SiteModel
        {
            Config = site.Config,
            Series = ladders,
            Competencies = List(site.Competencies, Map),
            Ksas = List(site.Ksas, Map),
            JobModels = List(site.JobModels, Map),
            SeriesBySlug = Lookup(site.SeriesBySlug, Map),
            ClassByKey = Lookup(site.ClassByKey, Map),
            // Names hold only slugs, which an edit patched in keeps (LinkInputs): shared with the old site.
            ClassNames = site.ClassNames,
            CompetencyBySlug = Lookup(site.CompetencyBySlug, Map),
            KsaBySlug = Lookup(site.KsaBySlug, Map),
            JobModelBySlug = Lookup(site.JobModelBySlug, Map),
            // The back-link lists that hold a document are those of the slugs it names (SiteReferences), the same before
            // and after: the old site's series tell which of its series' slugs a class inherits.
            BackLinks = site.BackLinks.Patched(_documents, site.FindSeries, site.ClassNames),
            // A pay file's edit is linked in full (Incremental.PatchedSite): an edit patched in keeps the scales.
            PayScales = site.PayScales,
        };
        // The classes keep their grades, scales, status and places (LinkInputs), so the lateral-move index is the old one
        // with the edited classes swapped in: re-indexing 10,000 classes was the larger part of a save's first step.
        if (site.LateralMovesIfBuilt is { } moves)
            patched.CarryLateralMoves(moves.Replacing(_documents.Where(d => d.Old is ClassSpec).Select(d => ((ClassSpec)d.Old, (ClassSpec)d.New)), patched.ScaleSlugOf));
        return patched;
    }

    // Called for every entry of every list and lookup (tens of thousands at 10,000 classes), and an edit replaces a
    // handful of documents: a look at each of them is faster than hashing the entry.
    private object[] _old = [];
    private object[] _new = [];

    private T Map<T>(T item) where T : class
    {
        if (_old.Length > 8) return _replacements.TryGetValue(item, out var found) ? (T)found : item;
        for (var i = 0; i < _old.Length; i++)
            if (ReferenceEquals(_old[i], item)) return (T)_new[i];
        return item;
    }

    /// <summary>Takes the replacements made so far for <see cref="Map"/>.</summary>
    private void Freeze()
    {
        _old = [.. _replacements.Keys];
        _new = [.. _replacements.Values];
    }

    /// <summary>The list with each item mapped; the same list when no item changed.</summary>
    private static IReadOnlyList<T> List<T>(IReadOnlyList<T> list, Func<T, T> map) where T : class
    {
        List<T>? patched = null;
        for (var i = 0; i < list.Count; i++)
        {
            var item = map(list[i]);
            if (patched is null && ReferenceEquals(item, list[i])) continue;
            if (patched is null)
            {
                patched = new List<T>(list.Count);
                for (var j = 0; j < i; j++) patched.Add(list[j]);
            }

            patched.Add(item);
        }

        return patched ?? list;
    }

    /// <summary>The lookup with each value mapped, keys in the same order; the same lookup when no value changed.</summary>
    private static IReadOnlyDictionary<string, T> Lookup<T>(IReadOnlyDictionary<string, T> lookup, Func<T, T> map) where T : class
    {
        Dictionary<string, T>? patched = null;
        foreach (var (key, value) in lookup)
        {
            var mapped = map(value);
            if (ReferenceEquals(mapped, value)) continue;
            // Copied in the original order, so whatever enumerates the lookup sees what a new link would give.
            patched ??= new Dictionary<string, T>(lookup, StringComparer.Ordinal);
            patched[key] = mapped;
        }

        return patched ?? lookup;
    }
}
