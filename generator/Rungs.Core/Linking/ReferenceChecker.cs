using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Linking;

/// <summary>Reports references to slugs that do not exist, suggesting the closest one that does.</summary>
public sealed class ReferenceChecker(DiagnosticList diagnostics)
{
    public void Check(IEnumerable<SlugRef> references, IEnumerable<string> existing, string kindName, string folder)
    {
        var known = existing as ICollection<string> ?? existing.ToList();
        foreach (var reference in references)
        {
            if (known.Contains(reference.Slug)) continue;
            var closest = SpellingSuggestion.Closest(reference.Slug, known);
            diagnostics.Error(DiagnosticCodes.BrokenReference, reference.Position,
                $"no {kindName} has the slug `{reference.Slug}`",
                closest is not null
                    ? $"did you mean `{closest}`?"
                    : $"create {folder}{reference.Slug}.md, or correct the slug");
        }
    }
}
