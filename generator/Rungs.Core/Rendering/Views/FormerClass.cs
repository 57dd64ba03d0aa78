using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Rendering.Views;

/// <summary>An abolished class as its series page lists it under "Former classes": title, code, abolished date and successor.</summary>
public sealed record FormerClass(string Title, string Url, string? Code, string? Abolished, string? AbolishedDateTime, LinkView? Successor)
{
    public static FormerClass Of(SiteModel site, ClassSpec spec)
    {
        var banner = StatusBanner.Of(site, spec);
        return new FormerClass(spec.Title, SiteUrls.Class(spec), spec.Code, banner?.Date, banner?.DateTime, banner?.Successor);
    }
}
