using Rungs.Content;

namespace Rungs.Linking;

/// <summary>Who names whom: for each reference of <see cref="SiteReferences"/>, the documents that name each slug, in site order.</summary>
public sealed class BackLinks
{
    private readonly Dictionary<SiteReference, BackLinkTable> _tables;

    private BackLinks(Dictionary<SiteReference, BackLinkTable> tables) => _tables = tables;

    /// <summary>The documents whose <paramref name="reference"/> names <paramref name="slug"/> (a class's key), in site order.</summary>
    public IReadOnlyList<T> Referrers<T>(SiteReference<T> reference, string slug) where T : class =>
        ((BackLinkTable<T>)_tables[reference]).Of(slug);

    /// <summary>The same, for code that handles every reference alike.</summary>
    public IReadOnlyList<object> UntypedReferrers(SiteReference reference, string slug) => _tables[reference].Untyped(slug);

    /// <summary>The back-links of a linked site: its series' ladders and its job models, in site order.</summary>
    internal static BackLinks Of(IReadOnlyList<SeriesLadder> series, IReadOnlyList<JobModel> jobModels, Func<string, SeriesSpec?> seriesOf, ClassNames classes) =>
        new(SiteReferences.All.ToDictionary(r => r, r => r.Invert(series, jobModels, seriesOf, classes)));

    /// <summary>The back-links with documents replaced by new versions that name the same slugs (<see cref="LinkInputs"/>).</summary>
    internal BackLinks Patched(IReadOnlyList<(object Old, object New)> replacements, Func<string, SeriesSpec?> seriesOf, ClassNames classes) =>
        new(_tables.ToDictionary(t => t.Key, t => t.Key.Patch(t.Value, replacements, seriesOf, classes)));
}
