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
public sealed record PresenceCell(bool Present, bool New, bool ViaSeries)
{
    // A cell is one of eight values, and a series' matrices have thousands of cells: one shared copy of each.
    private static readonly PresenceCell[] All =
        [.. Enumerable.Range(0, 8).Select(i => new PresenceCell((i & 1) != 0, (i & 2) != 0, (i & 4) != 0))];

    /// <summary>The shared cell with these values.</summary>
    public static PresenceCell Of(bool present, bool isNew, bool viaSeries) => All[(present ? 1 : 0) | (isNew ? 2 : 0) | (viaSeries ? 4 : 0)];
}

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
        var levels = ladder.Current;
        // A cell is "changed" against the level its class steps from: the column before, unless the series has tracks.
        var below = ladder.HasTracks
            ? levels.Select(c => ladder.Below(c) is { } b ? IndexOf(levels, b) : -1).ToArray()
            : Enumerable.Range(-1, levels.Count).ToArray();
        var attributes = new List<AttributeRow>();
        foreach (var attribute in ClassAttributes.All.Concat(ClassAttributes.Declared(site)))
        {
            // Each value is read once: the section digests (summary, qualifications) join and rewrite whole sections.
            var values = new string?[levels.Count];
            var used = false;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = attribute.Read(levels[i]);
                used |= !string.IsNullOrWhiteSpace(values[i]);
            }

            if (used) attributes.Add(new AttributeRow(attribute, attribute.SeriesLabel?.Invoke(levels) ?? attribute.Label, Cells(values, below)));
        }

        return new SeriesComparison(ladder, attributes,
            Presence(levels, c => site.KsasOf(c), k => k.Slug, c => c.Ksas),
            Presence(levels, c => site.CompetenciesOf(c), k => k.Slug, c => c.Competencies),
            DutiesOf(ladder));
    }

    /// <summary>The duty items of a class (every list item of its Duties sections).</summary>
    public static IReadOnlyList<SectionItem> DutyItems(ClassSpec spec)
    {
        var items = new List<SectionItem>();
        foreach (var section in spec.Body.Sections)
            if (section.Kind == SectionKind.Duties) items.AddRange(section.Items);
        return items;
    }

    private static AttributeCell[] Cells(string?[] values, int[] below)
    {
        var cells = new AttributeCell[values.Length];
        for (var i = 0; i < values.Length; i++)
            cells[i] = new AttributeCell(values[i], below[i] >= 0 && !string.Equals(values[i], values[below[i]], StringComparison.Ordinal));
        return cells;
    }

    private static int IndexOf(IReadOnlyList<ClassSpec> levels, ClassSpec spec)
    {
        for (var i = 0; i < levels.Count; i++)
            if (ReferenceEquals(levels[i], spec)) return i;
        return -1;
    }

    private static IReadOnlyList<PresenceRow<T>> Presence<T>(IReadOnlyList<ClassSpec> levels, Func<ClassSpec, IReadOnlyList<T>> itemsOf,
        Func<T, string> slugOf, Func<ClassSpec, IReadOnlyList<SlugRef>> ownRefs)
    {
        // Each level's slugs, and the slugs it names itself (the rest it has through its series), as sets: a matrix asks
        // of every item at every level, and scanning the lists each time made it cubic in a level's items.
        var perLevel = new IReadOnlyList<T>[levels.Count];
        var present = new HashSet<string>[levels.Count];
        var own = new HashSet<string>[levels.Count];
        for (var i = 0; i < levels.Count; i++)
        {
            perLevel[i] = itemsOf(levels[i]);
            present[i] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in perLevel[i]) present[i].Add(slugOf(item));
            own[i] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in ownRefs(levels[i])) own[i].Add(r.Slug);
        }

        // Rows in order of first appearance, level by level, so the matrix reads from the entry level up.
        var rows = new List<PresenceRow<T>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < levels.Count; first++)
        {
            foreach (var item in perLevel[first])
            {
                var slug = slugOf(item);
                if (!seen.Add(slug)) continue;
                var cells = new PresenceCell[levels.Count];
                for (var i = 0; i < cells.Length; i++)
                {
                    var at = present[i].Contains(slug);
                    cells[i] = PresenceCell.Of(at, at && i == first && i > 0, at && !own[i].Contains(slug));
                }

                rows.Add(new PresenceRow<T>(item, cells));
            }
        }

        return rows;
    }

    private static IReadOnlyList<DutyColumn> DutiesOf(SeriesLadder ladder)
    {
        // The level below is the one below in the class's own track, which comes earlier in ladder order.
        var columns = new Dictionary<ClassSpec, DutyColumn>(ReferenceEqualityComparer.Instance);
        foreach (var level in ladder.Current)
        {
            var own = DutyItems(level);
            var below = level.IncludesLowerLevelWork && ladder.Below(level) is { } lower ? columns.GetValueOrDefault(lower) : null;
            columns[level] = new DutyColumn(level, own, below?.Level, below is null ? 0 : below.Own.Count + below.InheritedCount);
        }

        return ladder.Current.Select(c => columns[c]).ToList();
    }
}
