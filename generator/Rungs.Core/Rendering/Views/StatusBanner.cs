using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Rendering.Views;

/// <summary>
/// The banner at the top of the page of a class or series that is not in force: "Abolished on June 30, 2026 — superseded
/// by …" (linking the successor), or "Draft — not in force". Null for a class or series in force.
/// </summary>
/// <param name="Kind">`abolished` or `draft`, for CSS and tests.</param>
/// <param name="Date">When it was abolished, as the site writes dates; null for a draft.</param>
/// <param name="DateTime">The same date for the `datetime` attribute.</param>
/// <param name="Successor">The class that replaced it, or null.</param>
/// <param name="Note">The decision or pay letter that abolished it (a series' `abolished_note`, without a final full stop: the banner adds one), or null.</param>
public sealed record StatusBanner(string Kind, string? Date, string? DateTime, LinkView? Successor, string? Note)
{
    /// <summary>The banner of a class, from its own status or its series'.</summary>
    public static StatusBanner? Of(SiteModel site, ClassSpec spec)
    {
        var ladder = site.LadderOf(spec);
        return ladder.StatusOf(spec) switch
        {
            SpecStatus.Abolished => Abolished(ladder.AbolishedOn(spec),
                spec.SupersededBy is { } s && site.FindClass(s.Slug, spec.SeriesSlug) is { } successor ? new LinkView(successor.Title, SiteUrls.Class(successor)) : null,
                ladder.Spec.Status == SpecStatus.Abolished ? ladder.Spec.AbolishedNote : null),
            SpecStatus.Draft => Draft,
            _ => null,
        };
    }

    /// <summary>The banner of a series.</summary>
    public static StatusBanner? Of(SeriesSpec series) => series.Status switch
    {
        SpecStatus.Abolished => Abolished(series.AbolishedOn, null, series.AbolishedNote),
        SpecStatus.Draft => Draft,
        _ => null,
    };

    private static readonly StatusBanner Draft = new("draft", null, null, null, null);

    private static StatusBanner Abolished(DateOnly? on, LinkView? successor, string? note) =>
        new("abolished", on is { } d ? FactFormat.Date(d) : null, on is { } i ? FactFormat.IsoDate(i) : null, successor, note?.TrimEnd('.'));
}
