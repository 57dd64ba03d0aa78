using Rungs.Content;

namespace Rungs.Parsing;

/// <summary>
/// The headings a site adds to the known sections (site.yml `sections:`), keyed the way <see cref="SectionCatalog"/>
/// keys its own, so "Typical Responsibilities", "TYPICAL RESPONSIBILITIES:" and "Typical Responsibilities (all levels)" are one.
/// Equal vocabularies classify every heading alike, which is what lets the parse cache keep its files.
/// </summary>
public sealed class SectionVocabulary : IEquatable<SectionVocabulary>
{
    private readonly Dictionary<string, SectionKind> _byKey;
    private readonly Dictionary<string, SectionKind>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;

    private SectionVocabulary(Dictionary<string, SectionKind> byKey)
    {
        _byKey = byKey;
        _byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A site's headings; a later heading with the same key replaces an earlier one (site.yml reports the clash).</summary>
    public static SectionVocabulary Of(IEnumerable<SectionHeading> headings)
    {
        var byKey = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var heading in headings) byKey[SectionCatalog.KeyOf(heading.Heading)] = heading.Kind;
        return new SectionVocabulary(byKey);
    }

    /// <summary>True when the site adds no headings.</summary>
    public bool IsEmpty => _byKey.Count == 0;

    internal bool TryGet(ReadOnlySpan<char> key, out SectionKind kind) => _byKeySpan.TryGetValue(key, out kind);

    public bool Equals(SectionVocabulary? other) =>
        other is not null && other._byKey.Count == _byKey.Count && _byKey.All(e => other._byKey.TryGetValue(e.Key, out var k) && k == e.Value);

    public override bool Equals(object? obj) => Equals(obj as SectionVocabulary);

    public override int GetHashCode() => _byKey.Count;
}
