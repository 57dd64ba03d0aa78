using Rungs.Content;

namespace Rungs.Linting;

/// <summary>The duty and KSA items of a spec body, nested items included: what the item lints read.</summary>
public static class SpecItems
{
    /// <summary>Each item of the body's Duties and KSA sections, with its section's kind, nested items after their parent.</summary>
    public static IEnumerable<(SectionKind Kind, SectionItem Item)> DutiesAndKsas(SpecBody body)
    {
        foreach (var section in body.Sections)
        {
            if (section.Kind is not (SectionKind.Duties or SectionKind.Ksas)) continue;
            foreach (var item in Flatten(section.Items)) yield return (section.Kind, item);
        }
    }

    /// <summary>"duty" or "KSA item", for messages.</summary>
    public static string Noun(SectionKind kind) => kind == SectionKind.Duties ? "duty" : "KSA item";

    private static IEnumerable<SectionItem> Flatten(IReadOnlyList<SectionItem> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var child in Flatten(item.Children)) yield return child;
        }
    }
}
