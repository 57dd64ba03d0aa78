using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The classes of one series at a grade, on a pay grid.</summary>
public sealed record PayGradeSeries(LinkView Series, IReadOnlyList<ClassCard> Classes);

/// <summary>
/// One grade of a pay grid: its range, its steps, and the classes paid at it, grouped by series; on a scale split by grade
/// (<see cref="PayPages.MaxGridClasses"/>) no classes but how many there are and the grade's own page.
/// </summary>
/// <param name="Id">The grade's anchor on the grid (`grade-13`).</param>
/// <param name="Url">The grade's own page on a split scale, else null.</param>
public sealed record PayGradeRow(string Grade, string Range, string? Steps, IReadOnlyList<PayGradeSeries> Series, string Id, int ClassCount, int SeriesCount, string? Url);

/// <summary>
/// The model of a grade's page on a scale split by grade (`pay/&lt;scale&gt;/grade-&lt;grade&gt;/`): its range and the classes
/// paid at it; past <see cref="PayPages.GradePageSize"/> classes, one page's, with
/// <see cref="Paging"/>.
/// </summary>
public sealed record PayGradePage(string Grade, string Range, string? Steps, string? Effective, LinkView Scale, IReadOnlyList<ClassCard> Classes)
{
    public ListPaging? Paging { get; init; }

    /// <summary>How many classes the grade pays, on every page of them.</summary>
    public int Count => Paging?.Total ?? Classes.Count;
}

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

    /// <summary>
    /// The most classes a scale's grid lists on its one page; a scale paying more lists its grades, each linking to a page
    /// of its own (at 10,000 classes one grid was 2.7 MB, and 8.2 MB at 30,000).
    /// </summary>
    public const int MaxGridClasses = 500;

    /// <summary>The most classes a grade's page lists; a grade paying more goes on over numbered pages (about 210 KB each).</summary>
    public const int GradePageSize = 1000;

    public static IReadOnlyList<PagePlan> Plans(SiteModel site, ClassCards cards, int maxGridClasses = MaxGridClasses, int gradePageSize = GradePageSize)
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
            var split = paid[scale].Count() > maxGridClasses;
            var ids = GradeIds(scale);
            var effective = scale.Effective is { } d ? FactFormat.Date(d) : null;
            var rows = scale.Grades.Select(g => new PayGradeRow(g.Grade, PayFormat.Range(scale, g), g.Steps.Count == 0 ? null : PayFormat.Steps(scale, g),
                split ? [] : byGrade[g.Grade].GroupBy(c => c.SeriesSlug, StringComparer.Ordinal)
                    .Select(s => new PayGradeSeries(SeriesLink(site, s.Key), s.Select(cards.Card).ToList()))
                    .ToList(),
                ids[g.Grade], byGrade[g.Grade].Count(), byGrade[g.Grade].Select(c => c.SeriesSlug).Distinct(StringComparer.Ordinal).Count(),
                split && byGrade[g.Grade].Any() ? SiteUrls.PayGrade(scale.Slug, ids[g.Grade]) : null)).ToList();
            var scaleUrl = SiteUrls.PayScale(scale.Slug);
            plans.Add(new PagePlan(scaleUrl, "layouts/pay-scale.html", "pay-scale", scale.Title, $"{scale.Title}: {Summary(scale)}.",
                Crumbs.To(scale.Title, new LinkView(Title, SiteUrls.PayIndex)),
                new PayScalePage(scale.Title, effective, scale.Currency, PayFormat.Per(scale.Period), rows,
                    split ? null : Matrix(site, cards, rows, paid[scale]))));
            foreach (var row in rows.Where(r => r.Url is not null))
                plans.AddRange(GradePages(scale, scaleUrl, effective, row, byGrade[row.Grade].Select(cards.Card).ToList(), gradePageSize));
        }

        return plans;
    }

    // A grade's pages: the first at the grade's address, the others at `page/<n>/` below it.
    private static IEnumerable<PagePlan> GradePages(PayScale scale, string scaleUrl, string? effective, PayGradeRow row, IReadOnlyList<ClassCard> classes, int size) =>
        ListPaging.Split(classes, size, row.Url!).Select(page =>
        {
            var number = page.Paging?.Number ?? 1;
            var crumbs = number == 1
                ? Crumbs.To($"Grade {row.Grade}", new LinkView(Title, SiteUrls.PayIndex), new LinkView(scale.Title, scaleUrl))
                : Crumbs.To($"Page {number}", new LinkView(Title, SiteUrls.PayIndex), new LinkView(scale.Title, scaleUrl), new LinkView($"Grade {row.Grade}", row.Url!));
            return new PagePlan(page.Paging?.Url ?? row.Url!, "layouts/pay-grade.html", "pay-grade",
                $"Grade {row.Grade}: {scale.Title}" + (number > 1 ? $", page {number} of {page.Paging!.Pages.Count}" : ""),
                $"The {FactFormat.Count(row.ClassCount, "class", "classes")} paid at grade {row.Grade} of the {scale.Title}: {row.Range}.",
                crumbs,
                new PayGradePage(row.Grade, row.Range, row.Steps, effective, new LinkView(scale.Title, scaleUrl), page.Items) { Paging = page.Paging });
        });

    // Each grade's anchor on the grid and name for its page: `grade-` and the grade as a slug, made unique within the scale.
    private static Dictionary<string, string> GradeIds(PayScale scale)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var grade in scale.Grades.Select(g => g.Grade).Distinct(StringComparer.Ordinal))
        {
            var id = "grade-" + Slug.Suggest(grade);
            while (!used.Add(id)) id += "-x";
            ids[grade] = id;
        }

        return ids;
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
