using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;

namespace Rungs.Rendering.Views;

/// <summary>A word run for templates: `Same`, `Added` or `Removed` and its text.</summary>
public sealed record WordView(string Change, string Text);

/// <summary>A changed field for templates.</summary>
public sealed record FieldView(string Id, string Label, string? Before, string? After, IReadOnlyList<WordView> Words);

/// <summary>A list item's change for templates (`Unchanged`, `Moved`, `Reworded`, `Added`, `Removed`).</summary>
public sealed record ItemView(string Change, string? Before, string? After, IReadOnlyList<WordView> Words)
{
    /// <summary>The change in lower case, for CSS class names (`item-reworded`).</summary>
    /// <remarks>Made once here: a `string.downcase` filter per item was a tenth of the time a ladder step page took to render.</remarks>
    public string ChangeClass { get; } = Change.ToLowerInvariant();

    /// <summary>The words as HTML (see <see cref="WordsMarkup"/>), escaped.</summary>
    public string WordsHtml { get; } = WordsMarkup.Of(Words);
}

/// <summary>A section's comparison for templates, with counts for summaries.</summary>
public sealed record SectionView(
    string Id,
    string Title,
    string Kind,
    bool HasItems,
    bool HasChanges,
    IReadOnlyList<ItemView> Items,
    IReadOnlyList<WordView> Words,
    IReadOnlyList<string> Inherited,
    int Added,
    int Removed,
    int Reworded,
    int Moved,
    int Unchanged)
{
    /// <summary>The words of a section compared as text, as HTML (see <see cref="WordsMarkup"/>), escaped.</summary>
    public string WordsHtml { get; } = WordsMarkup.Of(Words);
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
    public static DiffView Of(ClassDiff diff, ClassCard before, ClassCard after) => new(
        before,
        after,
        diff.Fields.Select(f => new FieldView(f.Id, f.Label, f.Before, f.After, Words(f.Words))).ToList(),
        Links(diff.Ksas, s => SiteUrls.Ksa(s), _ => null),
        Links(diff.Competencies, s => SiteUrls.Competency(s), _ => null),
        diff.Sections.Select(s => new SectionView(s.Id, s.Title, s.Kind.ToString(), s.HasItems, s.HasChanges,
            s.Items.Select(i => new ItemView(i.Change.ToString(), i.Before, i.After, Words(i.Words))).ToList(),
            Words(s.Words), s.Inherited,
            s.Count(ItemChange.Added), s.Count(ItemChange.Removed), s.Count(ItemChange.Reworded), s.Count(ItemChange.Moved), s.Count(ItemChange.Unchanged))).ToList(),
        diff.HasChanges);

    // Made once here, not in the template: a comparison is rendered on two pages, and an object literal in a template is
    // built again on every render.

    /// <summary>The sections a summary shows: those that change, duties and qualifications first.</summary>
    public IReadOnlyList<SectionView> ChangedSections { get; } = Sections.Where(s => s.HasChanges || s.Inherited.Count > 0).ToList();

    /// <summary>The KSAs, then the competencies, each with its title.</summary>
    public IReadOnlyList<LinkChangeGroup> LinkChanges { get; } = [new("KSAs", Ksas), new("Competencies", Competencies)];

    private static IReadOnlyList<WordView> Words(IReadOnlyList<WordSegment> words) =>
        words.Select(w => new WordView(w.Change.ToString(), w.Text)).ToList();

    private static LinkChangeView Links(LinkChange change, Func<string, string> url, Func<LinkedItem, string?> kind) => new(
        change.Added.Select(i => new LibraryItem(i.Title, url(i.Slug), i.Summary, kind(i))).ToList(),
        change.Removed.Select(i => new LibraryItem(i.Title, url(i.Slug), i.Summary, kind(i))).ToList(),
        change.Kept.Count,
        change.HasChanges);
}
