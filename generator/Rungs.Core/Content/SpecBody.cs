namespace Rungs.Content;

/// <summary>The Markdown body of a spec: text before the first section, then its sections in order.</summary>
public sealed record SpecBody(string IntroHtml, IReadOnlyList<SpecSection> Sections)
{
    public static readonly SpecBody Empty = new("", []);

    /// <summary>The sections of one kind, in order (a kind may repeat, e.g. two Summary sections).</summary>
    public IEnumerable<SpecSection> OfKind(SectionKind kind) => Sections.Where(s => s.Kind == kind);

    /// <summary>The first section of a kind, or null.</summary>
    public SpecSection? First(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
