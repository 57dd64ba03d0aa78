using Rungs.Content;
using Rungs.Parsing;

namespace Rungs.Linking;

/// <summary>A kind of document that names others by slug: where its documents are before linking and in the linked site.</summary>
public sealed class ReferringKind<T> where T : class
{
    internal ReferringKind(ContentKind kind, Func<T, string> key, Func<ParsedContent, IReadOnlyList<T>> parsed,
        Func<IReadOnlyList<SeriesLadder>, IReadOnlyList<JobModel>, IEnumerable<T>> linked, Func<T, string?> series)
    {
        Kind = kind;
        Key = key;
        Parsed = parsed;
        Linked = linked;
        SeriesOf = series;
    }

    public ContentKind Kind { get; }

    /// <summary>The name references resolve to: the slug, or for a class its key (`series/slug`).</summary>
    public Func<T, string> Key { get; }

    /// <summary>Every parsed document of the kind, duplicates included: each is checked.</summary>
    internal Func<ParsedContent, IReadOnlyList<T>> Parsed { get; }

    /// <summary>The documents of the linked site (from its ladders and job models), in site order: back-links list them so.</summary>
    internal Func<IReadOnlyList<SeriesLadder>, IReadOnlyList<JobModel>, IEnumerable<T>> Linked { get; }

    /// <summary>The series a document belongs to (a class's), whose references it shares where a reference inherits them.</summary>
    internal Func<T, string?> SeriesOf { get; }
}

/// <summary>The kinds of document that name others.</summary>
public static class ReferringKinds
{
    public static readonly ReferringKind<SeriesSpec> Series =
        new(ContentKind.Series, s => s.Slug, c => c.Series, (series, _) => series.Select(l => l.Spec), _ => null);

    public static readonly ReferringKind<ClassSpec> Class =
        new(ContentKind.Class, c => c.Key, c => c.Classes, (series, _) => series.SelectMany(l => l.Levels), c => c.SeriesSlug);

    public static readonly ReferringKind<JobModel> JobModel =
        new(ContentKind.JobModel, j => j.Slug, c => c.JobModels, (_, models) => models, _ => null);
}
