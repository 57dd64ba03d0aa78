using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Text;

namespace Rungs.Rendering.Views;

/// <summary>One <see cref="ClassCard"/> and one class-table row per class of a site, made on first use and shared by every page that shows the class.</summary>
/// <remarks>
/// A class is listed on the all-classes page, on the page of every competency and KSA it asks for and of every job model
/// that names it: at 10,000 classes the library pages alone made a million cards and rendered a million rows through
/// class-table.html's loop. Held per site (a rebuild links a new site, so nothing stale is kept); safe from several threads.
/// </remarks>
public sealed class ClassCards
{
    private static readonly ConditionalWeakTable<SiteModel, ClassCards> BySite = [];

    private readonly SiteModel _site;
    // By reference: a class is one spec object for the life of its site, and record equality would hash every field.
    private readonly ConcurrentDictionary<ClassSpec, (ClassCard Card, ClassTableRow Row)> _made = new(ReferenceEqualityComparer.Instance);

    private ClassCards(SiteModel site) => _site = site;

    /// <summary>The cards of <paramref name="site"/>.</summary>
    public static ClassCards Of(SiteModel site) => BySite.GetValue(site, s => new ClassCards(s));

    /// <summary>The card of a class of the site.</summary>
    public ClassCard Card(ClassSpec spec) => Made(spec).Card;

    /// <summary>
    /// The cards of classes and their class-table rows as seen from a page at <paramref name="pagePath"/>; no rows
    /// (null, as an empty text would be to a template's `if`) when there are no classes.
    /// </summary>
    public (IReadOnlyList<ClassCard> Cards, Markup? Rows) Table(IEnumerable<ClassSpec> classes, string pagePath)
    {
        var root = SiteUrls.RootFrom(pagePath);
        var cards = classes.TryGetNonEnumeratedCount(out var count) ? new List<ClassCard>(count) : [];
        var rows = new List<ClassTableRow>(cards.Capacity);
        var length = 0L;
        foreach (var spec in classes)
        {
            var (card, row) = Made(spec);
            cards.Add(card);
            rows.Add(row);
            length += row.Length(root);
        }

        // Written by the page straight into its output: a KSA's rows run to megabytes.
        return (cards, rows.Count == 0 ? null : new ClassTableRows(rows, root, checked((int)length)));
    }

    private (ClassCard Card, ClassTableRow Row) Made(ClassSpec spec) =>
        _made.GetOrAdd(spec, static (s, site) =>
        {
            var card = ClassCard.Of(s, site.LadderOf(s).Spec);
            return (card, ClassTableRow.Of(card));
        }, _site);
}
