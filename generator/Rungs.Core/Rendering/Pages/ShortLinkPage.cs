using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>
/// The page a short link `/c/&lt;slug&gt;` leads to when classes of several series have the slug: each of them, to choose
/// from. A slug only one class has redirects to that class instead (Publishing/NetlifyFiles).
/// </summary>
public sealed record ShortLinkPage(string Slug, IReadOnlyList<ClassCard> Classes)
{
    /// <summary>
    /// One page per slug that classes of several series share, in slug order; none on most sites. A slug that is also a
    /// class code (a class file `4808.md`) gets none: `/c/4808` is the code's short link, as `_redirects` writes it first.
    /// </summary>
    public static IReadOnlyList<PagePlan> Plans(SiteModel site, ClassCards cards)
    {
        var shared = site.Classes.Where(c => site.ClassNames.IsShared(c.Slug)).ToList();
        if (shared.Count == 0) return [];
        var codes = site.Classes.Select(c => c.Code).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return shared.Where(c => !codes.Contains(c.Slug))
            .GroupBy(c => c.Slug, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Plan(g.Key, cards.Cards(g)))
            .ToList();
    }

    private static PagePlan Plan(string slug, IReadOnlyList<ClassCard> classes) =>
        new(SiteUrls.ShortLink(slug), "layouts/short-link.html", "short-link", $"Classes named “{slug}”",
            $"{classes.Count} classes in different series have the short name {slug}.",
            Crumbs.To($"Classes named “{slug}”", Crumbs.Classes), new ShortLinkPage(slug, classes), InSitemap: false);
}
