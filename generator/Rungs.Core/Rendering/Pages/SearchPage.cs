using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Rendering.Pages;

/// <summary>The model of the search page: the client script fills it; without JavaScript it points to the all-classes table.</summary>
public sealed record SearchPage(int ClassCount, string ClassIndexUrl)
{
    public static PagePlan Plan(SiteModel site) =>
        new(SiteUrls.Search, "layouts/search.html", "search", "Search",
            "Search classes, competencies, KSAs and job models by title, code, HRIS title or text.",
            Crumbs.To("Search"), new SearchPage(site.Classes.Count(), SiteUrls.ClassIndex), InSitemap: false);
}
