using Rungs.Content;
using Rungs.History;
using Rungs.Linking;
using Rungs.Rendering.Views;
using Rungs.Review;

namespace Rungs.Rendering.Pages;

/// <summary>A reference field of a release diff (KSAs, competencies, …): what it gained and lost, by title.</summary>
public sealed record ReleaseLinksView(string Label, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

/// <summary>A section or list of a release diff: its title, what changed in one line, its changed text and items.</summary>
public sealed record ReleaseBlockView(string Id, string Title, string Summary, IReadOnlyList<WordView> Text, IReadOnlyList<ItemView> Items);

/// <summary>
/// The model of one class's change in one release (`releases/&lt;tag&gt;/&lt;series&gt;/&lt;slug&gt;/`): the entry `rungs diff
/// &lt;previous tag&gt; &lt;tag&gt;` reports for the class, field by field, reference by reference, section by section.
/// </summary>
public sealed record ReleaseClassPage(
    string Tag, string? PreviousTag, HistoryDate Date, string Title, string? Code, string Status, string? Url, string Path,
    IReadOnlyList<string> Impacts, IReadOnlyList<FieldView> Fields, IReadOnlyList<ReleaseLinksView> Links, IReadOnlyList<ReleaseBlockView> Blocks,
    string ReleaseUrl)
{
    public static string PathOf(Release release, ReleaseRow row) =>
        SiteUrls.ReleaseClass(release.Slug, row.Folder);

    /// <summary>The class as the site has it now (after the release's change), or null when the site no longer has it.</summary>
    public static ClassSpec? ClassNow(SiteModel site, DiffEntry entry) =>
        entry.After is { Series: { } series } after && site.ClassByKey.TryGetValue($"{series}/{after.Slug}", out var spec) ? spec : null;

    public static PagePlan Plan(SiteModel site, Release release, ReleaseRow row)
    {
        var entry = row.Entry;
        var current = entry.Current;
        var now = ClassNow(site, entry);
        var title = $"{current.Title} in {release.Tag.Name}";
        var model = new ReleaseClassPage(
            release.Tag.Name, release.Previous?.Name, HistoryDate.Of(release.Tag.Date), current.Title, current.Code, ReviewText.Id(entry.Status),
            now is null ? null : SiteUrls.Class(now),
            entry.Before is { } b && entry.After is { } a && b.Path != a.Path ? $"{b.Path} → {a.Path}" : current.Path,
            entry.Impacts.Select(i => i.Summary).ToList(),
            entry.Fields.Select(f => new FieldView(f.Id, f.Label, f.Before, f.After, WordViews.Convert(f.Words))).ToList(),
            entry.Links.Select(l => new ReleaseLinksView(l.Label, l.Added.Select(i => i.Title).ToList(), l.Removed.Select(i => i.Title).ToList())).ToList(),
            [
                .. entry.Lists.Select(l => new ReleaseBlockView(l.Id, l.Label, ReviewText.Counts(l.Items), [], l.Items.Select(ItemView.Of).ToList())),
                .. entry.Sections.Select(s => new ReleaseBlockView(s.Id, s.Title, ReviewText.Describe(s), WordViews.Convert(s.Text), s.Items.Select(ItemView.Of).ToList())),
            ],
            SiteUrls.Releases + "#" + ReleasesPage.AnchorOf(release));
        return new PagePlan(PathOf(release, row), "layouts/release-class.html", "release-class", title,
            $"What changed in {current.Title} in the release {release.Tag.Name}.",
            Crumbs.To(current.Title, new LinkView(ReleasesPage.Title, SiteUrls.Releases), new LinkView(release.Tag.Name, model.ReleaseUrl)), model);
    }
}
