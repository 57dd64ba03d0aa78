using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>Reads and checks site.yml's `sections:`, the headings a site maps to known section kinds.</summary>
public static class SiteSections
{
    private const string Key = "sections";

    public static IReadOnlyList<SectionHeading> Read(FrontMatterFields f)
    {
        var result = new List<SectionHeading>();
        // Headings are keyed as the built-in ones are: two spellings of one heading are one entry.
        var seen = new Dictionary<string, (string Heading, SectionKind Kind)>(StringComparer.Ordinal);
        foreach (var (heading, headingAt, id, idAt) in f.TextMapping(Key, "Typical Responsibilities: duties"))
        {
            var key = SectionCatalog.KeyOf(heading);
            if (key.Length == 0)
            {
                f.Error(DiagnosticCodes.InvalidValue, headingAt, $"the heading \"{heading}\" in `{Key}` has no letters or digits to recognise it by",
                    "write the heading as it appears after `## ` in the specs");
                continue;
            }

            if (!SectionCatalog.KindsById.TryGetValue(id.ToLowerInvariant(), out var kind))
            {
                var suggestion = SpellingSuggestion.Closest(id.ToLowerInvariant(), SectionCatalog.KindsById.Keys);
                f.Error(DiagnosticCodes.InvalidValue, idAt, $"`{id}` is not a section kind (for the heading \"{heading}\" in `{Key}`)",
                    (suggestion is null ? "" : $"did you mean `{suggestion}`? ") + $"the kinds are: {string.Join(", ", SectionCatalog.KindsById.Keys)}");
                continue;
            }

            if (seen.TryGetValue(key, out var earlier) && earlier.Kind != kind)
            {
                f.Error(DiagnosticCodes.InvalidValue, headingAt, $"the heading \"{heading}\" is the same heading as \"{earlier.Heading}\" above, which `{Key}` maps to `{SectionCatalog.AnchorOf(earlier.Kind)}`",
                    "keep one of the two lines: headings are compared ignoring case, punctuation, `&`/`and` and a trailing `(…)`");
                continue;
            }

            seen[key] = (heading, kind);
            result.Add(new SectionHeading(heading, kind));
        }

        return result.Count == 0 ? [] : result.ToArray();
    }
}
