using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Ladders;

/// <summary>One attribute across the levels of a series.</summary>
public sealed record AttributeRow(ClassAttribute Attribute, string Label, IReadOnlyList<AttributeCell> Cells);

/// <summary>An attribute's value at one level; <c>Changed</c> when it differs from the level below.</summary>
public sealed record AttributeCell(string? Value, bool Changed);

/// <summary>Whether a KSA or competency is asked at each level, and where it first appears.</summary>
public sealed record PresenceRow<T>(T Item, IReadOnlyList<PresenceCell> Cells);

/// <summary>Presence at one level. <c>New</c> marks the first level above the entry level that asks for it.</summary>
public sealed record PresenceCell(bool Present, bool New, bool ViaSeries);

/// <summary>A level's own duties, and the level whose duties it includes instead of repeating them.</summary>
public sealed record DutyColumn(ClassSpec Level, IReadOnlyList<SectionItem> Own, ClassSpec? InheritsFrom, int InheritedCount);

/// <summary>All levels of a series side by side: attributes, KSA and competency matrices, and duties by level.</summary>
public sealed record SeriesComparison(
    SeriesLadder Ladder,
    IReadOnlyList<AttributeRow> Attributes,
    IReadOnlyList<PresenceRow<Ksa>> Ksas,
    IReadOnlyList<PresenceRow<Competency>> Competencies,
    IReadOnlyList<DutyColumn> Duties)
{
    public static SeriesComparison Of(SiteModel site, SeriesLadder ladder)
    {
        var levels = ladder.Levels;
        var attributes = ClassAttributes.UsedBy(levels)
            .Select(a => new AttributeRow(a, a.SeriesLabel?.Invoke(levels) ?? a.Label, Cells(levels, a)))
            .ToList();
        return new SeriesComparison(ladder, attributes,
            Presence(levels, c => site.KsasOf(c), k => k.Slug, c => c.Ksas),
            Presence(levels, c => site.CompetenciesOf(c), k => k.Slug, c => c.Competencies),
            DutiesOf(levels));
    }

    /// <summary>The duty items of a class (every list item of its Duties sections).</summary>
    public static IReadOnlyList<SectionItem> DutyItems(ClassSpec spec) =>
        spec.Body.OfKind(SectionKind.Duties).SelectMany(s => s.Items).ToList();

    private static IReadOnlyList<AttributeCell> Cells(IReadOnlyList<ClassSpec> levels, ClassAttribute attribute)
    {
        var values = levels.Select(attribute.Read).ToList();
        return values.Select((v, i) => new AttributeCell(v, i > 0 && !string.Equals(v, values[i - 1], StringComparison.Ordinal))).ToList();
    }

    private static IReadOnlyList<PresenceRow<T>> Presence<T>(IReadOnlyList<ClassSpec> levels, Func<ClassSpec, IReadOnlyList<T>> itemsOf,
        Func<T, string> slugOf, Func<ClassSpec, IReadOnlyList<SlugRef>> ownRefs)
    {
        // Rows in order of first appearance, level by level, so the matrix reads from the entry level up.
        var perLevel = levels.Select(itemsOf).ToList();
        var rows = new List<PresenceRow<T>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in perLevel.SelectMany(items => items))
        {
            var slug = slugOf(item);
            if (!seen.Add(slug)) continue;
            var first = perLevel.FindIndex(items => items.Any(i => slugOf(i) == slug));
            rows.Add(new PresenceRow<T>(item, levels.Select((c, i) =>
            {
                var present = perLevel[i].Any(x => slugOf(x) == slug);
                return new PresenceCell(present, present && i == first && i > 0, present && ownRefs(c).All(r => r.Slug != slug));
            }).ToList()));
        }

        return rows;
    }

    private static IReadOnlyList<DutyColumn> DutiesOf(IReadOnlyList<ClassSpec> levels)
    {
        var columns = new List<DutyColumn>();
        for (var i = 0; i < levels.Count; i++)
        {
            var own = DutyItems(levels[i]);
            var below = i > 0 && levels[i].IncludesLowerLevelWork ? columns[i - 1] : null;
            columns.Add(new DutyColumn(levels[i], own, below?.Level, below is null ? 0 : below.Own.Count + below.InheritedCount));
        }

        return columns;
    }
}
