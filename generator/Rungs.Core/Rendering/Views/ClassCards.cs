using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Rungs.Content;
using Rungs.Linking;

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

    /// <summary>The cards of classes and their class-table rows as seen from a page at <paramref name="pagePath"/>.</summary>
    public (IReadOnlyList<ClassCard> Cards, string RowsHtml) Table(IEnumerable<ClassSpec> classes, string pagePath)
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

        // Written once into a string of the exact size: a KSA's rows run to megabytes, and a growing builder
        // copied them over and over (and once more on ToString), faulting in fresh pages each time.
        var html = string.Create(checked((int)length), (rows, root), static (span, state) =>
        {
            foreach (var row in state.rows) span = span[row.CopyTo(span, state.root)..];
        });
        return (cards, html);
    }

    private (ClassCard Card, ClassTableRow Row) Made(ClassSpec spec) =>
        _made.GetOrAdd(spec, static (s, site) =>
        {
            var card = ClassCard.Of(s, site.LadderOf(s).Spec);
            return (card, ClassTableRow.Of(card));
        }, _site);
}
