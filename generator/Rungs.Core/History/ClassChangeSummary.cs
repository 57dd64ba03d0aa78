using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Ladders;
using Rungs.Parsing;

namespace Rungs.History;

/// <summary>
/// What one revision changed in a class, as short phrases in spec terms: "Pay grade 15 → 16", "FLSA status Non-exempt →
/// Exempt", "Duties: 2 reworded, 1 added", "KSA added: Grammar". Fields come first (in the order of
/// <see cref="ClassAttributes.All"/>), then links, then sections. Pure: both versions are parsed specs.
/// </summary>
public static class ClassChangeSummary
{
    /// <summary>Values up to this long are quoted in full ("Pay grade 15 → 16"); longer ones are "reworded".</summary>
    public const int ShortValue = 40;

    /// <summary>More added (or removed) names than this are counted instead of listed.</summary>
    public const int MaxNames = 3;

    /// <summary>What a change that touches no field or section (whitespace, comments, key order) is called.</summary>
    public const string FormattingOnly = "No change to fields or sections (formatting only)";

    /// <param name="ksaTitle">The title of a KSA slug (the slug itself when the site no longer has it); likewise the others.</param>
    public static IReadOnlyList<string> Describe(ClassSpec before, ClassSpec after,
        Func<string, string> ksaTitle, Func<string, string> competencyTitle, Func<string, string> classTitle)
    {
        var parts = new List<string>();
        void Add(string? part)
        {
            if (part is not null) parts.Add(part);
        }

        if (before.SeriesSlug != after.SeriesSlug) parts.Add($"Moved from series {before.SeriesSlug} to {after.SeriesSlug}");
        if (before.Slug != after.Slug) parts.Add($"Slug {before.Slug} → {after.Slug}");
        foreach (var attribute in ClassAttributes.All.Where(a => !a.IsSectionDigest))
        {
            Add(Field(attribute.Label, attribute.Read(before), attribute.Read(after)));
            if (attribute.Id == "code")
            {
                Add(Field("Level", before.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    after.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Add(Field("Level label", before.LevelLabel, after.LevelLabel));
            }
        }

        if (before.IncludesLowerLevelWork != after.IncludesLowerLevelWork)
            parts.Add(after.IncludesLowerLevelWork ? "Now includes the work of the level below" : "No longer includes the work of the level below");

        parts.AddRange(Names("KSA", "KSAs", Slugs(before.Ksas), Slugs(after.Ksas), ksaTitle));
        parts.AddRange(Names("Competency", "Competencies", Slugs(before.Competencies), Slugs(after.Competencies), competencyTitle));
        parts.AddRange(Relation("differs from", Slugs(before.DiffersFrom), Slugs(after.DiffersFrom), classTitle));
        parts.AddRange(Relation("promotes to", Slugs(before.PromotesTo), Slugs(after.PromotesTo), classTitle));
        parts.AddRange(Names("Alias", "Aliases", before.Aliases, after.Aliases, s => s));
        parts.AddRange(Names("Example position", "Example positions", before.ExamplePositions, after.ExamplePositions, s => s));
        parts.AddRange(Sections(before.Body, after.Body));
        return parts.Count > 0 ? parts : [FormattingOnly];
    }

    /// <summary>"Pay grade 15 → 16", "Probation period added (6 months)", "Supervision received reworded", or null when equal.</summary>
    public static string? Field(string label, string? before, string? after)
    {
        before = Blank(before);
        after = Blank(after);
        if (string.Equals(before, after, StringComparison.Ordinal)) return null;
        if (before is null) return IsShort(after!) ? $"{label} added ({after})" : $"{label} added";
        if (after is null) return IsShort(before) ? $"{label} removed (was {before})" : $"{label} removed";
        return IsShort(before) && IsShort(after) ? $"{label} {before} → {after}" : $"{label} reworded";
    }

    /// <summary>
    /// Sections as <see cref="SectionComparison"/> pairs them (known sections by kind, item by item; other sections by
    /// heading), said in a phrase each; then the intro as text.
    /// </summary>
    public static IEnumerable<string> Sections(SpecBody before, SpecBody after)
    {
        foreach (var change in SectionComparison.Compare(before, after, prose: true))
        {
            var name = change.Kind == SectionKind.Other ? change.Title : SectionCatalog.DisplayName(change.Kind);
            if (!SectionComparison.SectionsOf(before, change).Any()) yield return $"{name} section added";
            else if (!SectionComparison.SectionsOf(after, change).Any()) yield return $"{name} section removed";
            else if (Counts(change) is { Length: > 0 } counts) yield return $"{name}: {counts}";
            else if (change.HasChanges) yield return $"{name} reworded";
        }

        if (!string.Equals(before.IntroHtml, after.IntroHtml, StringComparison.Ordinal)) yield return "Introduction reworded";
    }

    /// <summary>"2 reworded, 1 added", or empty when no item changed.</summary>
    private static string Counts(SectionChange change) => string.Join(", ",
        new[] { (ItemChange.Reworded, "reworded"), (ItemChange.Added, "added"), (ItemChange.Removed, "removed"), (ItemChange.Moved, "moved") }
            .Select(c => (Count: change.Count(c.Item1), Word: c.Item2))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {c.Word}"));

    /// <summary>"KSA added: Grammar", "KSAs removed: Clerical, Typing", "5 KSAs added".</summary>
    private static IEnumerable<string> Names(string one, string many, IReadOnlyList<string> before, IReadOnlyList<string> after, Func<string, string> title)
    {
        var (added, removed) = Delta(before, after);
        if (added.Count > 0) yield return Listed(one, many, "added", added, title);
        if (removed.Count > 0) yield return Listed(one, many, "removed", removed, title);
    }

    /// <summary>"Now differs from: CS Assistant", "No longer promotes to: Senior Analyst".</summary>
    private static IEnumerable<string> Relation(string verb, IReadOnlyList<string> before, IReadOnlyList<string> after, Func<string, string> title)
    {
        var (added, removed) = Delta(before, after);
        if (added.Count > 0) yield return $"Now {verb}: {string.Join(", ", added.Select(title))}";
        if (removed.Count > 0) yield return $"No longer {verb}: {string.Join(", ", removed.Select(title))}";
    }

    private static string Listed(string one, string many, string verb, IReadOnlyList<string> names, Func<string, string> title) =>
        names.Count > MaxNames
            ? $"{names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {many} {verb}"
            : $"{(names.Count == 1 ? one : many)} {verb}: {string.Join(", ", names.Select(title))}";

    private static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed) Delta(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var old = before.ToHashSet(StringComparer.Ordinal);
        var now = after.ToHashSet(StringComparer.Ordinal);
        return (after.Where(s => !old.Contains(s)).Distinct(StringComparer.Ordinal).ToList(),
            before.Where(s => !now.Contains(s)).Distinct(StringComparer.Ordinal).ToList());
    }

    private static IReadOnlyList<string> Slugs(IReadOnlyList<SlugRef> refs) => refs.Select(r => r.Slug).ToList();

    private static bool IsShort(string value) => value.Length <= ShortValue && !value.Contains('\n');

    private static string? Blank(string? value) => FieldChange.ValueOf(value);
}
