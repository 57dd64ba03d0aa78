using System.Collections.Concurrent;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Text;

namespace Rungs.Rendering.Views;

/// <summary>One <see cref="ClassCard"/> per class of a site, made on first use and shared by every page that shows the class.</summary>
/// <remarks>
/// A class is listed on the all-classes page, on the page of every competency and KSA it asks for and of every job model
/// that names it: at 10,000 classes the library pages alone made 150,000 cards. Owned by the site's renderer and passed to
/// the pages it plans (a rebuild links a new site and makes a new renderer, so nothing stale is kept); safe from several threads.
/// </remarks>
public sealed class ClassCards
{
    private readonly SiteModel _site;
    // By reference: a class is one spec object for the life of its site, and record equality would hash every field.
    private readonly ConcurrentDictionary<ClassSpec, ClassCard> _made = new(ReferenceEqualityComparer.Instance);

    /// <summary>No cards yet for the classes of <paramref name="site"/>.</summary>
    public ClassCards(SiteModel site) => _site = site;

    /// <summary>The card of a class of the site.</summary>
    public ClassCard Card(ClassSpec spec) => _made.GetOrAdd(spec, static (s, site) => ClassCard.Of(site, s), _site);

    /// <summary>The cards of classes, in the order given.</summary>
    public IReadOnlyList<ClassCard> Cards(IEnumerable<ClassSpec> classes)
    {
        var cards = classes.TryGetNonEnumeratedCount(out var count) ? new List<ClassCard>(count) : [];
        foreach (var spec in classes) cards.Add(Card(spec));
        return cards;
    }
}
