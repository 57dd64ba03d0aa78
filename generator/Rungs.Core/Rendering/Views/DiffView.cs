using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;

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

    /// <summary>The rows as template objects, made when a page first shows them (see <see cref="ItemView.Words"/>).</summary>
    public IReadOnlyList<ItemView> Items => field ??= [.. Rows.Select(ItemView.Of)];

    /// <summary>The words of a section compared as text, made for templates when a page first shows them (see <see cref="ItemView.Words"/>).</summary>
    public IReadOnlyList<WordView> Words => field ??= WordViews.Convert(Segments);
}

/// <summary>KSAs or competencies added, dropped and kept, linked to their pages.</summary>
public sealed record LinkChangeView(IReadOnlyList<LibraryItem> Added, IReadOnlyList<LibraryItem> Removed, int Kept, bool HasChanges);

/// <summary>A titled <see cref="LinkChangeView"/> ("KSAs", "Competencies"), for templates that show each in turn.</summary>
public sealed record LinkChangeGroup(string Title, LinkChangeView Change);

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
    internal static DiffView Of(ClassDiff diff, ClassCard before, ClassCard after)
    {
        var fields = new FieldView[diff.Fields.Count];
        for (var k = 0; k < fields.Length; k++)
        {
            var f = diff.Fields[k];
            fields[k] = new FieldView(f.Id, f.Label, f.Before, f.After, WordViews.Convert(f.Words));
        }

        var sections = new SectionView[diff.Sections.Count];
        for (var k = 0; k < sections.Length; k++) sections[k] = Section(diff.Sections[k]);
        return new DiffView(before, after, fields,
            Links(diff.Ksas, s => SiteUrls.Ksa(s), _ => null),
            Links(diff.Competencies, s => SiteUrls.Competency(s), _ => null),
            sections,
            diff.HasChanges);
    }

    private static SectionView Section(SectionChange s) =>
        new(s.Id, s.Title, s.Kind.ToString(), s.HasItems, s.HasChanges, s.Words, s.Inherited,
            s.Count(ItemChange.Added), s.Count(ItemChange.Removed), s.Count(ItemChange.Reworded), s.Count(ItemChange.Moved), s.Count(ItemChange.Unchanged))
        {
            Rows = s.Items,
        };

    // Made once here, not in the template: a comparison is rendered on two pages, and an object literal in a template is
    // built again on every render.

    /// <summary>The sections a summary shows: those that change, duties and qualifications first.</summary>
    public IReadOnlyList<SectionView> ChangedSections { get; } = Sections.Where(s => s.HasChanges || s.Inherited.Count > 0).ToList();

    /// <summary>The KSAs, then the competencies, each with its title.</summary>
    public IReadOnlyList<LinkChangeGroup> LinkChanges { get; } = [new("KSAs", Ksas), new("Competencies", Competencies)];

    private static LinkChangeView Links(LinkChange change, Func<string, string> url, Func<LinkedItem, string?> kind) => new(
        change.Added.Select(i => new LibraryItem(i.Title, url(i.Slug), i.Summary, kind(i))).ToList(),
        change.Removed.Select(i => new LibraryItem(i.Title, url(i.Slug), i.Summary, kind(i))).ToList(),
        change.Kept.Count,
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
