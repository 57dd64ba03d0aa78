using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The classes of one series at a grade, on a pay grid.</summary>
public sealed record PayGradeSeries(LinkView Series, IReadOnlyList<LinkView> Classes);

/// <summary>One grade of a pay grid: its range, its steps, and the classes paid at it, grouped by series.</summary>
public sealed record PayGradeRow(string Grade, string Range, string? Steps, IReadOnlyList<PayGradeSeries> Series);

/// <summary>The model of a pay scale's page (`pay/&lt;slug&gt;/`): each grade with its range and the classes at that grade, so one sees which classes share a grade across series.</summary>
public sealed record PayScalePage(string Title, string? Effective, string Currency, string Period, IReadOnlyList<PayGradeRow> Grades);

/// <summary>The model of the pay scales' list (`pay/`).</summary>
public sealed record PayIndexPage(IReadOnlyList<LinkView> Scales);

/// <summary>The pay pages: the list of scales and one grid per scale; none on a site without pay scales.</summary>
public static class PayPages
{
    public const string Title = "Pay scales";

    public static IReadOnlyList<PagePlan> Plans(SiteModel site, ClassCards cards)
    {
        if (site.PayScales.Count == 0) return [];
        var paid = site.Classes.Select(c => (Class: c, Pay: site.PayOf(c))).Where(p => p.Pay is not null).ToLookup(p => p.Pay!.Scale);
        var plans = new List<PagePlan>
        {
            new(SiteUrls.PayIndex, "layouts/pay-index.html", "pay-index", Title, "The pay scales: each grade's pay range and the classes paid at it.",
                Crumbs.To(Title), new PayIndexPage(site.PayScales.Select(s => new LinkView(s.Title, SiteUrls.PayScale(s.Slug), Summary(s))).ToList())),
        };
        foreach (var scale in site.PayScales)
        {
            var byGrade = paid[scale].ToLookup(p => p.Pay!.Grade.Grade, p => p.Class, StringComparer.Ordinal);
            var rows = scale.Grades.Select(g => new PayGradeRow(g.Grade, PayFormat.Range(scale, g), g.Steps.Count == 0 ? null : PayFormat.Steps(scale, g),
                byGrade[g.Grade].GroupBy(c => c.SeriesSlug, StringComparer.Ordinal)
                    .Select(s => new PayGradeSeries(new LinkView(site.SeriesBySlug[s.Key].Spec.Title, SiteUrls.Series(s.Key)),
                        s.Select(c => new LinkView(c.Title, SiteUrls.Class(c), c.Code)).ToList()))
                    .ToList())).ToList();
            plans.Add(new PagePlan(SiteUrls.PayScale(scale.Slug), "layouts/pay-scale.html", "pay-scale", scale.Title, $"{scale.Title}: {Summary(scale)}.",
                Crumbs.To(scale.Title, new LinkView(Title, SiteUrls.PayIndex)),
                new PayScalePage(scale.Title, scale.Effective is { } d ? FactFormat.Date(d) : null, scale.Currency, PayFormat.Per(scale.Period), rows)));
        }

        return plans;
    }

    private static string Summary(PayScale scale) =>
        FactFormat.Count(scale.Grades.Count, "grade", "grades") + $", {scale.Currency} {PayFormat.Per(scale.Period)}" +
        (scale.Effective is { } d ? $", effective {FactFormat.Date(d)}" : "");
}
