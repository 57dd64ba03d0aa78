using Rungs.Content;

namespace Rungs.Linking;

/// <summary>
/// Lateral moves: for each class, the classes of other series at the same grade, found through an index built once per
/// site so that a class page costs the few classes it shows, not a scan of the whole site.
/// </summary>
/// <remarks>
/// Classes match on <see cref="MatchKey"/>: the grade text exactly as written, and the pay scale the class is paid on
/// (grade 15 of one plan is not grade 15 of another); on a site without pay scales the scale is null for every class.
/// </remarks>
public sealed class LateralMoves
{
    /// <summary>What two classes must share to be a lateral move of each other.</summary>
    public readonly record struct MatchKey(string Grade, string? Scale);

    private readonly Func<ClassSpec, string?> _scaleOf;

    // Each key's classes in site order (series by series, in ladder order).
    private readonly Dictionary<MatchKey, List<ClassSpec>> _byKey = [];

    // Per indexed class (by reference: hashing a record hashes every field), its key's classes and how many of them are
    // in its own series.
    private readonly Dictionary<ClassSpec, (List<ClassSpec> All, int InSeries)> _byClass = new(ReferenceEqualityComparer.Instance);

    /// <summary>The index of <paramref name="classes"/>, taken in the order given (the site's order), each paid on the scale <paramref name="scaleOf"/> names.</summary>
    public LateralMoves(IEnumerable<ClassSpec> classes, Func<ClassSpec, string?> scaleOf)
    {
        _scaleOf = scaleOf;
        foreach (var spec in classes)
        {
            if (KeyOf(spec) is not { } key) continue;
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
            list.Add(spec);
        }

        foreach (var all in _byKey.Values)
        {
            var inSeries = all.CountBy(c => c.SeriesSlug, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            foreach (var spec in all) _byClass[spec] = (all, inSeries[spec.SeriesSlug]);
        }
    }

    private LateralMoves(Func<ClassSpec, string?> scaleOf, Dictionary<MatchKey, List<ClassSpec>> byKey, Dictionary<ClassSpec, (List<ClassSpec> All, int InSeries)> byClass)
    {
        _scaleOf = scaleOf;
        _byKey = byKey;
        _byClass = byClass;
    }

    /// <summary>
    /// This index with classes replaced by their new versions in the same places, for a site patched with them
    /// (<see cref="SitePatch"/>): an edit patched in keeps each class's grade, pay scale and status (<see cref="LinkInputs"/>)
    /// and its place in site order, so the keys, the order and the counts stand, and 10,000 classes need not be indexed
    /// again on every save. This index is left as it was: the lists that change are copied.
    /// </summary>
    /// <param name="scaleOf">The patched site's pay scale of a class (the same slugs as this one's).</param>
    internal LateralMoves Replacing(IEnumerable<(ClassSpec Old, ClassSpec New)> replacements, Func<ClassSpec, string?> scaleOf)
    {
        var byKey = new Dictionary<MatchKey, List<ClassSpec>>(_byKey);
        var byClass = new Dictionary<ClassSpec, (List<ClassSpec> All, int InSeries)>(_byClass, ReferenceEqualityComparer.Instance);
        foreach (var (old, now) in replacements)
        {
            // A class not indexed (no grade, or not in force) is not indexed in its new version either.
            if (!byClass.TryGetValue(old, out var sharing)) continue;
            var key = KeyOf(old)!.Value;
            var list = byKey[key];
            if (ReferenceEquals(list, _byKey[key]))
            {
                list = [.. list];
                byKey[key] = list;
                foreach (var member in list) byClass[member] = (list, byClass[member].InSeries);
            }

            var at = list.FindIndex(c => ReferenceEquals(c, old));
            list[at] = now;
            byClass.Remove(old);
            byClass[now] = (list, sharing.InSeries);
        }

        return new LateralMoves(scaleOf, byKey, byClass);
    }

    /// <summary>The key a class matches on, or null when it has no grade (a class without a grade has no lateral moves).</summary>
    public MatchKey? KeyOf(ClassSpec spec) =>
        string.IsNullOrWhiteSpace(spec.Grade) ? null : new MatchKey(spec.Grade.Trim(), _scaleOf(spec));

    /// <summary>
    /// The first <paramref name="limit"/> lateral moves of <paramref name="spec"/> in site order, and how many there are
    /// in all.
    /// </summary>
    public (IReadOnlyList<ClassSpec> Shown, int Total) Of(ClassSpec spec, int limit)
    {
        if (!_byClass.TryGetValue(spec, out var sharing)) return ([], 0);
        // Stops after the limit: at most the limit plus the class's own series' classes at the grade are looked at.
        var shown = new List<ClassSpec>(Math.Min(limit, sharing.All.Count - sharing.InSeries));
        foreach (var other in sharing.All)
        {
            if (shown.Count == limit) break;
            if (other.SeriesSlug != spec.SeriesSlug) shown.Add(other);
        }

        return (shown, sharing.All.Count - sharing.InSeries);
    }

    /// <summary>
    /// The classes that list <paramref name="spec"/> among their first <paramref name="limit"/> lateral moves (see
    /// <see cref="Of"/>): the pages its card is shown on as a lateral move.
    /// </summary>
    public IEnumerable<ClassSpec> ListingIt(ClassSpec spec, int limit)
    {
        if (!_byClass.TryGetValue(spec, out var sharing)) yield break;
        foreach (var other in sharing.All)
            if (other.SeriesSlug != spec.SeriesSlug && Of(other, limit).Shown.Contains(spec, ReferenceEqualityComparer.Instance))
                yield return other;
    }

    /// <summary>The key of a class that is indexed (in force, with a grade), else null: while it stays the same, the other classes count the same lateral moves.</summary>
    public MatchKey? IndexedKeyOf(ClassSpec spec) => _byClass.ContainsKey(spec) ? KeyOf(spec) : null;

    /// <summary>
    /// The classes that share <paramref name="spec"/>'s key, its own series included (whose pages list it as a lateral
    /// move); a class no longer indexed (abolished since) still finds its key's classes.
    /// </summary>
    public IReadOnlyList<ClassSpec> SharingKeyWith(ClassSpec spec) =>
        _byClass.TryGetValue(spec, out var sharing) ? sharing.All
        : KeyOf(spec) is { } key && _byKey.TryGetValue(key, out var all) ? all : [];
}
