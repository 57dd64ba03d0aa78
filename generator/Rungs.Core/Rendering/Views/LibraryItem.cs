using Rungs.Content;

namespace Rungs.Rendering.Views;

/// <summary>A competency, KSA or job model as lists show it: linked title with its one-line definition.</summary>
/// <param name="ViaSeries">True when a class has the item because its series asks it of every class.</param>
public sealed record LibraryItem(string Title, string Url, string? Summary, string? Kind, bool ViaSeries = false)
{
    public static LibraryItem Of(Ksa k, bool viaSeries = false) =>
        new(k.Title, SiteUrls.Ksa(k.Slug), k.Summary, FactFormat.Kind(k.Kind), viaSeries);

    public static LibraryItem Of(Competency c, bool viaSeries = false) =>
        new(c.Title, SiteUrls.Competency(c.Slug), c.Summary, c.Group, viaSeries);

    public static LibraryItem Of(JobModel j) =>
        new(j.Title, SiteUrls.JobModel(j.Slug), j.Summary, null);
}
