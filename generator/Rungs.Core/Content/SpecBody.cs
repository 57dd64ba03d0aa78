namespace Rungs.Content;

/// <summary>The Markdown body of a spec: text before the first section, then its sections in order.</summary>
public sealed record SpecBody(string IntroHtml, IReadOnlyList<SpecSection> Sections)
{
    public static readonly SpecBody Empty = new("", []);

    /// <summary>The sections of one kind, in order (a kind may repeat, e.g. two Summary sections).</summary>
    public IEnumerable<SpecSection> OfKind(SectionKind kind) => Sections.Where(s => s.Kind == kind);

    /// <summary>Whether the body has a section of <paramref name="kind"/>.</summary>
    /// <remarks>By index: comparisons ask this of every kind for both sides of every ladder step, and an enumerator each time was garbage.</remarks>
    public bool Has(SectionKind kind)
    {
        for (var k = 0; k < Sections.Count; k++)
            if (Sections[k].Kind == kind) return true;
        return false;
    }

    /// <summary>The first section of a kind, or null.</summary>
    public SpecSection? First(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
