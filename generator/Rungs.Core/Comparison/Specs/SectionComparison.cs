using Rungs.Content;
using Rungs.Ladders;
using Rungs.Parsing;

namespace Rungs.Comparison.Specs;

/// <summary>
/// Compares the sections of two spec bodies (two classes, or two revisions of any spec): known sections by kind, item
/// by item; other sections by heading, word by word. Shared by <see cref="ClassDiff"/> and the revision diff.
/// </summary>
public static class SectionComparison
{
    /// <summary>
    /// One <see cref="SectionChange"/> per section either body has (changed or not): known sections in the order of
    /// <see cref="SectionKind"/>, then other sections by heading (case-insensitively), in order of first appearance.
    /// </summary>
    /// <param name="inherits">
    /// The second body includes the first one's work (a higher level that performs the lower level's duties): duties the
    /// second drops are reported as <see cref="SectionChange.Inherited"/>, not as removals.
    /// </param>
    /// <param name="prose">
    /// Also compare the text of known sections outside their lists (a lead-in sentence, a group heading, a note such as
    /// "Credentials to be verified by placement officer.") into <see cref="SectionChange.Words"/>. Two revisions of a spec
    /// need this, because every word counts; two levels do not, because their lead-ins name the level.
    /// </param>
    public static IReadOnlyList<SectionChange> Compare(SpecBody before, SpecBody after, bool inherits = false, bool prose = false) =>
        Compare(before, after, new PreparedTexts(), inherits, prose);

    /// <summary>As <see cref="Compare(SpecBody, SpecBody, bool, bool)"/>, with texts tokenized through <paramref name="texts"/>, which may already hold them.</summary>
    internal static IReadOnlyList<SectionChange> Compare(SpecBody before, SpecBody after, PreparedTexts texts, bool inherits = false, bool prose = false)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<SectionChange>();
        // Known sections by kind, in the order the content model lists them; other sections by heading.
        foreach (var kind in KnownKinds)
        {
            // Most kinds are in neither body: look before making lists.
            if (!before.Has(kind) && !after.Has(kind)) continue;
            var old = OfKind(before, kind);
            var now = OfKind(after, kind);
            var title = now.Count > 0 ? now[0].Heading : old[0].Heading;
            var id = SectionCatalog.AnchorOf(kind)!;
            var oldItems = FlatItems(old);
            var newItems = FlatItems(now);
            if (oldItems.Count == 0 && newItems.Count == 0)
            {
                changes.Add(new SectionChange(kind, id, title, [], WordDiff.Compare(Text(old, texts), Text(now, texts)), []));
                continue;
            }

            var items = ListDiff.Compare(oldItems, newItems, texts);
            IReadOnlyList<WordSegment> words = prose ? WordDiff.Compare(Prose(old), Prose(now), texts) : [];
            if (inherits && kind == SectionKind.Duties)
            {
                var kept = new List<string>();
                var shown = new List<ItemDiff>(items.Count);
                foreach (var item in items)
                {
                    if (item.Change == ItemChange.Removed) kept.Add(item.Before!);
                    else shown.Add(item);
                }

                changes.Add(new SectionChange(kind, id, title, shown, words, kept));
            }
            else
            {
                changes.Add(new SectionChange(kind, id, title, items, words, []));
            }
        }

        if (!before.Has(SectionKind.Other) && !after.Has(SectionKind.Other)) return changes;
        var others = OfKind(before, SectionKind.Other);
        var otherAfter = OfKind(after, SectionKind.Other);
        foreach (var heading in others.Concat(otherAfter).Select(s => s.Heading).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var old = others.Where(s => Same(s.Heading, heading)).ToList();
            var now = otherAfter.Where(s => Same(s.Heading, heading)).ToList();
            changes.Add(new SectionChange(SectionKind.Other, (now.FirstOrDefault() ?? old[0]).Id, heading, [], WordDiff.Compare(Text(old, texts), Text(now, texts)), []));
        }

        return changes;
    }

    private static readonly SectionKind[] KnownKinds = Enum.GetValues<SectionKind>().Where(k => k != SectionKind.Other).ToArray();

    // Loops by index: a foreach over the interfaces allocated an enumerator per section list of every comparison.
    private static List<SpecSection> OfKind(SpecBody body, SectionKind kind)
    {
        var all = body.Sections;
        var sections = new List<SpecSection>(1);
        for (var k = 0; k < all.Count; k++)
            if (all[k].Kind == kind) sections.Add(all[k]);
        return sections;
    }

    private static List<string> FlatItems(List<SpecSection> sections)
    {
        var count = 0;
        foreach (var section in sections) count += section.Items.Count;
        var items = new List<string>(count);
        foreach (var section in sections)
        {
            var sectionItems = section.Items;
            for (var k = 0; k < sectionItems.Count; k++) items.Add(SectionSummary.Flatten(sectionItems[k]));
        }

        return items;
    }

    /// <summary>The sections of <paramref name="body"/> that a <see cref="SectionChange"/> of <paramref name="change"/>'s kind and heading covers.</summary>
    public static IEnumerable<SpecSection> SectionsOf(SpecBody body, SectionChange change) =>
        change.Kind == SectionKind.Other
            ? body.OfKind(SectionKind.Other).Where(s => Same(s.Heading, change.Title))
            : body.OfKind(change.Kind);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // Line breaks are left in: words are split at any whitespace, and the diff joins them with single spaces.
    private static string Text(IEnumerable<SpecSection> sections) => string.Join(" ", sections.Select(s => s.Text));

    /// <summary>The sections' text prepared for a word diff; a single section's once per section, as each level is compared twice.</summary>
    private static PreparedItem Text(List<SpecSection> sections, PreparedTexts texts) =>
        sections.Count == 1 ? texts.Text(sections[0], static s => s.Text) : texts.Text(Text(sections));

    /// <summary>
    /// A known section's text without its list items. The section text has one line per paragraph, heading and table
    /// cell; an item's text joins its paragraphs, and a table row's joins its cells with " – ". So a line belongs to an
    /// item when it is a whole-word run of some item's text (an item's second paragraph, "or", comes after its nested
    /// list in the section text, so position cannot tell). A text line that happens to repeat words of an item is left
    /// out with it: rare, and the item diff still shows every item.
    /// </summary>
    private static string Prose(IEnumerable<SpecSection> sections)
    {
        var lines = new List<string>();
        foreach (var section in sections)
        {
            var items = new List<string>();
            foreach (var item in section.Items) AddItemTexts(item, items);
            lines.AddRange(section.Text.Split('\n').Select(l => l.Trim())
                .Where(l => l.Length > 0 && !items.Exists(i => i.Contains(" " + l + " ", StringComparison.Ordinal))));
        }

        return string.Join(" ", lines);
    }

    private static void AddItemTexts(SectionItem item, List<string> texts)
    {
        texts.Add(" " + item.Text.Trim() + " ");
        foreach (var child in item.Children) AddItemTexts(child, texts);
    }
}
