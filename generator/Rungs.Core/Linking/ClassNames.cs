using Rungs.Content;

namespace Rungs.Linking;

/// <summary>
/// How a class is named across the site, where class slugs are unique only within a series. A reference is a bare slug or
/// `series/slug`: a bare slug names the class of the referring class's series first, then the one class of the site with
/// that slug; when several series have it and none is the referrer's, it is ambiguous. Every class reference
/// (<see cref="SiteReferences"/>) is resolved here, so a new one resolves the same way.
/// </summary>
public sealed class ClassNames
{
    // Bare slug → the series that have a class with it, in ordinal order (for stable candidate lists).
    private readonly Dictionary<string, string[]> _seriesBySlug;
    private readonly HashSet<string> _keys;

    /// <param name="classes">Every class of the site as (series slug, class slug); a class that failed to parse counts too.</param>
    public ClassNames(IEnumerable<(string Series, string Slug)> classes)
    {
        var all = classes.Distinct().ToList();
        _keys = all.Select(c => ClassSpec.KeyOf(c.Series, c.Slug)).ToHashSet(StringComparer.Ordinal);
        _seriesBySlug = all.GroupBy(c => c.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Series).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>What a written reference names, read from a class of <paramref name="fromSeries"/> (null: from outside any series).</summary>
    public ClassName Resolve(string written, string? fromSeries)
    {
        if (written.Contains('/')) return _keys.Contains(written) ? ClassName.Found(written) : ClassName.Unknown;
        if (!_seriesBySlug.TryGetValue(written, out var series)) return ClassName.Unknown;
        if (fromSeries is not null && Array.IndexOf(series, fromSeries) >= 0) return ClassName.Found(ClassSpec.KeyOf(fromSeries, written));
        return series.Length == 1
            ? ClassName.Found(ClassSpec.KeyOf(series[0], written))
            : new ClassName(null, series.Select(s => ClassSpec.KeyOf(s, written)).ToArray());
    }

    /// <summary>The key a reference resolves to, or the reference as written when it names no single class.</summary>
    public string Target(string written, string? fromSeries) => Resolve(written, fromSeries).Key ?? written;

    /// <summary>True when classes of more than one series have the slug.</summary>
    public bool IsShared(string slug) => _seriesBySlug.TryGetValue(slug, out var series) && series.Length > 1;

    /// <summary>The shortest reference that names the class from anywhere: its slug, or `series/slug` when another series has the slug.</summary>
    public string ShortName(ClassSpec spec) => IsShared(spec.Slug) ? spec.Key : spec.Slug;

    /// <summary>
    /// The class's name in file names and addresses that have no room for a `/` (its data files, compare links): its slug,
    /// or `series--slug` when another series has a class with the same slug. A slug never holds `--`, so neither form can
    /// be mistaken for the other.
    /// </summary>
    public string FileName(ClassSpec spec) => IsShared(spec.Slug) ? $"{spec.SeriesSlug}--{spec.Slug}" : spec.Slug;

    /// <summary>Every way of writing a class reference (bare slugs and keys), for "did you mean" suggestions.</summary>
    public IEnumerable<string> Spellings => _seriesBySlug.Keys.Concat(_keys);
}

/// <summary>What a class reference names: one class (its key), or nothing, or several candidates (keys) when it is ambiguous.</summary>
public sealed record ClassName(string? Key, IReadOnlyList<string> Candidates)
{
    public static readonly ClassName Unknown = new(null, []);

    public static ClassName Found(string key) => new(key, []);
}
