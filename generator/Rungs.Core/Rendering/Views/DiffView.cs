using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Ladders;

namespace Rungs.Rendering.Views;

/// <summary>A word run for templates: `Same`, `Added` or `Removed` and its text.</summary>
public sealed record WordView(string Change, string Text);

/// <summary>A changed field for templates.</summary>
public sealed record FieldView(string Id, string Label, string? Before, string? After, IReadOnlyList<WordView> Words);

/// <summary>A list item's change for templates (`Unchanged`, `Moved`, `Reworded`, `Added`, `Removed`).</summary>
public sealed record ItemView
{
    internal ItemView(string change, string? before, string? after, IReadOnlyList<WordSegment> segments)
    {
        Change = change;
        Before = before;
        After = after;
        Segments = segments;
        ChangeClass = ClassOf(change);
    }

    /// <summary>The view of one row of a list diff.</summary>
    internal static ItemView Of(ItemDiff item) => new(item.Change.ToString(), item.Before, item.After, item.Words);

    /// <summary>
    /// The view of one row of a list diff whose items are known: a reworded item with nested parts (a sub-list, or a
    /// table such as a semester-hours conversion table) is compared part by part, not as one flattened line.
    /// </summary>
    internal static ItemView Of(ItemDiff item, IReadOnlyList<SectionItem> before, IReadOnlyList<SectionItem> after)
    {
        var old = item.BeforeIndex is { } b && b < before.Count ? before[b] : null;
        var now = item.AfterIndex is { } a && a < after.Count ? after[a] : null;
        if (item.Change != ItemChange.Reworded || old is null || now is null || (old.Children.Count == 0 && now.Children.Count == 0))
            return Of(item);
        var parts = ListDiff.Compare(Flat(old.Children), Flat(now.Children));
        return new ItemView(item.Change.ToString(), item.Before, item.After, WordDiff.Compare(old.Text, now.Text))
        {
            Parts = [.. parts.Select(p => Of(p, old.Children, now.Children))],
        };
    }

    private static string[] Flat(IReadOnlyList<SectionItem> items) => [.. items.Select(SectionSummary.Flatten)];

    /// <summary>A change's CSS class name (`item-reworded`).</summary>
    internal static string ClassOf(string change) => change switch
    {
        "Unchanged" => "unchanged",
        "Moved" => "moved",
        "Reworded" => "reworded",
        "Added" => "added",
        "Removed" => "removed",
        _ => change.ToLowerInvariant(),
    };

    public string Change { get; }

    /// <summary>The item's nested parts compared one by one (empty unless a reworded item has parts); <see cref="Words"/> is then the item's own text only.</summary>
    public IReadOnlyList<ItemView> Parts { get; private init; } = [];

    /// <summary>The parts and their own parts in reading order, each with its depth (1 for a part of this item), so a template lists them without recursion.</summary>
    public IReadOnlyList<ItemPart> PartRows => field ??= [.. RowsOf(this, 1)];

    private static IEnumerable<ItemPart> RowsOf(ItemView item, int depth) =>
        item.Parts.SelectMany(p => RowsOf(p, depth + 1).Prepend(new ItemPart(depth, p)));

    /// <summary>True for a reworded item long enough that reading it whole, before and after, is easier than the word diff alone.</summary>
    public bool Long => Change == "Reworded" && Parts.Count == 0 && Math.Max(Before?.Length ?? 0, After?.Length ?? 0) > LongText;

    /// <summary>The item as it read before (empty when it was added).</summary>
    public string BeforeText => Before ?? "";

    /// <summary>The item as it reads after (empty when it was removed).</summary>
    public string AfterText => After ?? "";

    /// <summary>Characters beyond which a reworded text also offers its two versions whole (about two lines at the page's measure).</summary>
    internal const int LongText = 150;

    public string? Before { get; }

    public string? After { get; }

    /// <summary>The word runs as the comparison made them.</summary>
    internal IReadOnlyList<WordSegment> Segments { get; }

    // The runs as template objects are made when a page first shows them, once per comparison (which two pages show).
    public IReadOnlyList<WordView> Words => field ??= WordViews.Convert(Segments);

    /// <summary>The change in lower case, for CSS class names (`item-reworded`).</summary>
    /// <remarks>Made once here: a `string.downcase` filter per item was a tenth of the time a ladder step page took to render.</remarks>
    public string ChangeClass { get; }
}

/// <summary>A nested part of a compared item (a sub-list item or a table row) and how deep it is nested.</summary>
public sealed record ItemPart(int Depth, ItemView Item);

/// <summary>A section's comparison for templates, with counts for summaries.</summary>
public sealed record SectionView(
    string Id,
    string Title,
    string Kind,
    bool HasItems,
    bool HasChanges,
    IReadOnlyList<WordSegment> Segments,
    IReadOnlyList<string> Inherited,
    int Added,
    int Removed,
    int Reworded,
    int Moved,
    int Unchanged)
{
    /// <summary>The list diff's rows as the comparison made them.</summary>
    internal IReadOnlyList<ItemDiff> Rows { get; init; } = [];

    /// <summary>The compared items of the two sides, in the order the rows' indexes count them (empty when not known).</summary>
    internal (IReadOnlyList<SectionItem> Before, IReadOnlyList<SectionItem> After) Sides { get; init; } = ([], []);

    /// <summary>The rows as template objects, made when a page first shows them (see <see cref="ItemView.Words"/>).</summary>
    public IReadOnlyList<ItemView> Items => field ??= [.. Rows.Select(r => ItemView.Of(r, Sides.Before, Sides.After))];

    /// <summary>The items that change (every row but the unchanged ones), which a step page shows open.</summary>
    public IReadOnlyList<ItemView> ChangedItems => field ??= [.. Items.Where(i => i.Change != "Unchanged")];

    /// <summary>What the unchanged items are called in a count ("duties", "KSAs", "qualifications").</summary>
    public string UnchangedNoun => (Kind, Unchanged == 1) switch
    {
        ("Duties", true) => "duty",
        ("Duties", false) => "duties",
        ("Ksas", true) => "KSA",
        ("Ksas", false) => "KSAs",
        ("MinimumQualifications", true) => "qualification",
        ("MinimumQualifications", false) => "qualifications",
        (_, true) => "item",
        _ => "items",
    };

    /// <summary>The words of a section compared as text, made for templates when a page first shows them (see <see cref="ItemView.Words"/>).</summary>
    public IReadOnlyList<WordView> Words => field ??= WordViews.Convert(Segments);

    /// <summary>A section compared as text, as it read before: its unchanged and removed words.</summary>
    public string BeforeText => string.Join(" ", Segments.Where(w => w.Change != WordChange.Added).Select(w => w.Text));

    /// <summary>A section compared as text, as it reads after: its unchanged and added words.</summary>
    public string AfterText => string.Join(" ", Segments.Where(w => w.Change != WordChange.Removed).Select(w => w.Text));

    /// <summary>True when a section compared as text is long enough to offer its two versions whole as well as the word diff.</summary>
    public bool Long => HasChanges && Math.Max(BeforeText.Length, AfterText.Length) > ItemView.LongText;
}

/// <summary>KSAs or competencies added, dropped and kept, linked to their pages.</summary>
/// <param name="Kept">What both classes ask for, folded behind its count on a step page.</param>
public sealed record LinkChangeView(IReadOnlyList<LibraryItem> Added, IReadOnlyList<LibraryItem> Removed, IReadOnlyList<LibraryItem> Kept, bool HasChanges);

/// <summary>A titled <see cref="LinkChangeView"/> ("KSAs", "Competencies"), for templates that show each in turn.</summary>
public sealed record LinkChangeGroup(string Title, LinkChangeView Change)
{
    /// <summary>The id of the group's heading on a step page ("links-ksas").</summary>
    public string Id => $"links-{Title.ToLowerInvariant()}";
}

/// <summary>A whole class comparison shaped for templates.</summary>
public sealed record DiffView(
    ClassCard Before,
    ClassCard After,
    IReadOnlyList<FieldView> Fields,
    LinkChangeView Ksas,
    LinkChangeView Competencies,
    IReadOnlyList<SectionView> Sections,
    bool HasChanges)
{
    /// <param name="bodies">The two specs' bodies, so that reworded items with nested parts are compared part by part.</param>
    internal static DiffView Of(ClassDiff diff, ClassCard before, ClassCard after, (SpecBody Before, SpecBody After)? bodies = null)
    {
        var fields = new FieldView[diff.Fields.Count];
        for (var k = 0; k < fields.Length; k++)
        {
            var f = diff.Fields[k];
            fields[k] = new FieldView(f.Id, f.Label, f.Before, f.After, WordViews.Convert(f.Words));
        }

        var sections = new SectionView[diff.Sections.Count];
        for (var k = 0; k < sections.Length; k++) sections[k] = Section(diff.Sections[k], bodies);
        return new DiffView(before, after, fields,
            Links(diff.Ksas, s => SiteUrls.Ksa(s), _ => null),
            Links(diff.Competencies, s => SiteUrls.Competency(s), _ => null),
            sections,
            diff.HasChanges);
    }

    private static SectionView Section(SectionChange s, (SpecBody Before, SpecBody After)? bodies) =>
        new(s.Id, s.Title, s.Kind.ToString(), s.HasItems, s.HasChanges, s.Words, s.Inherited,
            s.Count(ItemChange.Added), s.Count(ItemChange.Removed), s.Count(ItemChange.Reworded), s.Count(ItemChange.Moved), s.Count(ItemChange.Unchanged))
        {
            Rows = s.Items,
            Sides = bodies is { } b && s.Items.Count > 0 ? (ItemsOf(b.Before, s), ItemsOf(b.After, s)) : ([], []),
        };

    // The items in the order the comparison numbered them: every section of the kind, one after another.
    private static IReadOnlyList<SectionItem> ItemsOf(SpecBody body, SectionChange change) =>
        [.. SectionComparison.SectionsOf(body, change).SelectMany(s => s.Items)];

    // Made once here, not in the template: a comparison is rendered on two pages, and an object literal in a template is
    // built again on every render.

    /// <summary>The sections a summary shows: those that change, duties and qualifications first.</summary>
    public IReadOnlyList<SectionView> ChangedSections { get; } = Sections.Where(s => s.HasChanges || s.Inherited.Count > 0).ToList();

    /// <summary>The KSAs, then the competencies, each with its title.</summary>
    public IReadOnlyList<LinkChangeGroup> LinkChanges { get; } = [new("KSAs", Ksas), new("Competencies", Competencies)];

    private static LinkChangeView Links(LinkChange change, Func<string, string> url, Func<LinkedItem, string?> kind) => new(
        change.Added.Select(i => new LibraryItem(i.Title, url(i.Slug), i.Summary, kind(i))).ToList(),
        change.Removed.Select(i => new LibraryItem(i.Title, url(i.Slug), i.Summary, kind(i))).ToList(),
        change.Kept.Select(i => new LibraryItem(i.Title, url(i.Slug), i.Summary, kind(i))).ToList(),
        change.HasChanges);
}

/// <summary>Word runs converted for templates.</summary>
internal static class WordViews
{
    public static IReadOnlyList<WordView> Convert(IReadOnlyList<WordSegment> words)
    {
        if (words.Count == 0) return [];
        var views = new WordView[words.Count];
        for (var k = 0; k < views.Length; k++) views[k] = new WordView(words[k].Change.ToString(), words[k].Text);
        return views;
    }
}
