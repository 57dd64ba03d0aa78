using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The classes of one series at a grade, on a pay grid.</summary>
public sealed record PayGradeSeries(LinkView Series, IReadOnlyList<ClassCard> Classes);

/// <summary>One grade of a pay grid: its range, its steps, and the classes paid at it, grouped by series.</summary>
public sealed record PayGradeRow(string Grade, string Range, string? Steps, IReadOnlyList<PayGradeSeries> Series);

/// <summary>One grade of the grade × series matrix: its range and steps, and one cell per series (the series' classes at the grade, often none).</summary>
public sealed record PayMatrixRow(string Grade, string Range, string? Steps, IReadOnlyList<IReadOnlyList<ClassCard>> Cells);

/// <summary>A pay grid as a grade × series table: the series paid on the scale as columns, in site order.</summary>
public sealed record PayMatrix(IReadOnlyList<LinkView> Series, IReadOnlyList<PayMatrixRow> Rows);

/// <summary>
/// The model of a pay scale's page (`pay/&lt;slug&gt;/`): each grade with its range and the classes at that grade, so one
/// sees which classes share a grade across series; as a grade × series matrix too where the series are few enough for
/// one (<see cref="PayPages.MatrixSeries"/>), which wide screens and print show instead of the list.
/// </summary>
public sealed record PayScalePage(string Title, string? Effective, string Currency, string Period, IReadOnlyList<PayGradeRow> Grades, PayMatrix? Matrix);

/// <summary>The model of the pay scales' list (`pay/`).</summary>
public sealed record PayIndexPage(IReadOnlyList<LinkView> Scales);

/// <summary>The pay pages: the list of scales and one grid per scale; none on a site without pay scales.</summary>
public static class PayPages
{
    public const string Title = "Pay scales";

    /// <summary>The most series a matrix has: more columns would not fit a page, and the list serves instead.</summary>
    public const int MatrixSeries = 6;

    public static IReadOnlyList<PagePlan> Plans(SiteModel site, ClassCards cards)
    {
        if (site.PayScales.Count == 0) return [];
        // Classes in force: an abolished class keeps its page but is no longer paid at a grade of the plan.
        var paid = site.Series.SelectMany(s => s.Current).Select(c => (Class: c, Pay: site.PayOf(c))).Where(p => p.Pay is not null).ToLookup(p => p.Pay!.Scale);
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
                    .Select(s => new PayGradeSeries(SeriesLink(site, s.Key), s.Select(cards.Card).ToList()))
                    .ToList())).ToList();
            plans.Add(new PagePlan(SiteUrls.PayScale(scale.Slug), "layouts/pay-scale.html", "pay-scale", scale.Title, $"{scale.Title}: {Summary(scale)}.",
                Crumbs.To(scale.Title, new LinkView(Title, SiteUrls.PayIndex)),
                new PayScalePage(scale.Title, scale.Effective is { } d ? FactFormat.Date(d) : null, scale.Currency, PayFormat.Per(scale.Period), rows,
                    Matrix(site, cards, rows, paid[scale]))));
        }

        return plans;
    }

    // The matrix of the rows: a column per series paid on the scale (in site order), a cell per grade and series.
    private static PayMatrix? Matrix(SiteModel site, ClassCards cards, IReadOnlyList<PayGradeRow> rows, IEnumerable<(ClassSpec Class, ClassPay? Pay)> paid)
    {
        var series = paid.Select(p => p.Class.SeriesSlug).Distinct(StringComparer.Ordinal).ToList();
        if (series.Count == 0 || series.Count > MatrixSeries) return null;
        // A cell by grade and series slug, not by comparing each row's series links with addresses built again per cell.
        var cells = paid.ToLookup(p => (p.Pay!.Grade.Grade, p.Class.SeriesSlug), p => cards.Card(p.Class));
        return new PayMatrix(series.Select(s => SeriesLink(site, s)).ToList(), rows.Select(r => new PayMatrixRow(r.Grade, r.Range, r.Steps,
            series.Select(s => (IReadOnlyList<ClassCard>)cells[(r.Grade, s)].ToList()).ToList())).ToList());
    }

    private static LinkView SeriesLink(SiteModel site, string slug) => new(site.SeriesBySlug[slug].Spec.Title, SiteUrls.Series(slug));

    private static string Summary(PayScale scale) =>
        FactFormat.Count(scale.Grades.Count, "grade", "grades") + $", {scale.Currency} {PayFormat.Per(scale.Period)}" +
        (scale.Effective is { } d ? $", effective {FactFormat.Date(d)}" : "");
}
