using System.Text.RegularExpressions;
using Rungs.Content;

namespace Rungs.Linting;

/// <summary>
/// `repeated_item`: a duty or KSA item of a class written word for word (whatever the case, spacing and end punctuation)
/// at a lower level of its ladder, when the class does not say `includes_lower_level_work`.
/// </summary>
public sealed class RepeatedItem : ILintRule
{
    public LintRuleInfo Info => LintCatalog.RepeatedItem;

    public bool JudgesEachSeriesAlone => true;

    public IEnumerable<LintFinding> Find(LintContext context)
    {
        foreach (var ladder in context.SeriesToRead)
        {
            // Each class's items are keyed once per ladder: every class above reads them again.
            var keyed = new Dictionary<ClassSpec, List<(SectionKind Kind, string Key, SectionItem Item)>>(ReferenceEqualityComparer.Instance);
            List<(SectionKind Kind, string Key, SectionItem Item)> ItemsOf(ClassSpec spec)
            {
                if (!keyed.TryGetValue(spec, out var items))
                    keyed[spec] = items = SpecItems.DutiesAndKsas(spec.Body).Select(p => (p.Kind, Key(p.Item.Text), p.Item)).ToList();
                return items;
            }

            foreach (var spec in ladder.Levels)
            {
                if (spec.IncludesLowerLevelWork || ladder.Below(spec) is null) continue;
                var lower = new Dictionary<(SectionKind, string), (ClassSpec Class, SectionItem Item)>();
                // Nearest level first, so an item is said to repeat the closest class that has it.
                for (var below = ladder.Below(spec); below is not null; below = ladder.Below(below))
                    foreach (var (kind, key, item) in ItemsOf(below))
                        lower.TryAdd((kind, key), (below, item));
                if (lower.Count == 0) continue;
                foreach (var (kind, key, item) in ItemsOf(spec))
                {
                    if (!lower.TryGetValue((kind, key), out var found)) continue;
                    yield return new LintFinding(item.Position,
                        $"this {SpecItems.Noun(kind)} repeats word for word one of {found.Class.Title} ({found.Item.Position}), a lower level",
                        "say how the work differs at this level, or set `includes_lower_level_work: true` and keep only what this level adds");
                }
            }
        }
    }

    private static string Key(string text) => Regex.Replace(text.Trim().TrimEnd('.', ';', ',', ':'), @"\s+", " ").ToLowerInvariant();
}
