using System.Text.RegularExpressions;
using Rungs.Rendering.Pages;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>
/// Given a scale that pays more classes than one grid lists (<see cref="PayPages.MaxGridClasses"/>), its page lists the
/// grades, each with its range, its class count and a link to a page of its own, which lists every class paid at it.
/// </summary>
public sealed partial class PayGradePagesTests
{
    // 1,000 generated classes, all on the corpus's one pay scale.
    private static readonly Lazy<BuiltSite> Corpus = new(() => new BuiltSite(GeneratedCorpus.Build(GeneratedCorpus.Files(1000))));

    [Fact]
    public void The_scale_lists_its_grades_each_linking_to_its_page_and_every_paid_class_is_on_exactly_one()
    {
        var site = Corpus.Value;
        var model = site.Result.Site!;
        var scale = model.PayScales.Single();
        var paid = model.Series.SelectMany(s => s.Current).Where(c => model.PayOf(c) is not null).ToList();
        Assert.True(paid.Count > PayPages.MaxGridClasses);

        var grid = site.Page($"pay/{scale.Slug}/index.html");
        var gradePages = site.Paths.Where(p => GradePage().IsMatch(p)).Order(StringComparer.Ordinal).ToList();
        var listed = gradePages.SelectMany(p => ClassLink().Matches(site.Page(p)).Select(m => m.Groups[1].Value)).ToList();

        Assert.DoesNotContain("pay-series", grid);
        Assert.DoesNotContain("pay-matrix", grid);
        Assert.NotEmpty(gradePages);
        Assert.All(gradePages, p => Assert.Contains($"href=\"../../{p}\"", grid));
        Assert.Equal(paid.Count, listed.Count);
        Assert.Equal(paid.Select(Rungs.Content.SiteUrls.Class).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.All(gradePages, p => Assert.True(site.Page(p).Length < 500_000, p));
    }

    [Fact]
    public void A_grade_page_states_the_grade_s_range_and_counts_its_classes_as_the_grid_does()
    {
        var site = Corpus.Value;
        var scale = site.Result.Site!.PayScales.Single();
        var grade = scale.Grades.First(g => site.Has($"pay/{scale.Slug}/grade-{g.Grade}/index.html"));
        var page = site.Text($"pay/{scale.Slug}/grade-{grade.Grade}/index.html");
        var count = ClassLink().Matches(site.Page($"pay/{scale.Slug}/grade-{grade.Grade}/index.html")).Count;

        Assert.Contains($"Grade {grade.Grade} {Rungs.Content.PayFormat.Range(scale, grade)} {count}", page);
        Assert.Contains($"{count} {(count == 1 ? "class is" : "classes are")} paid at this grade of the {scale.Title}", page);
        Assert.Contains($"{count} {(count == 1 ? "class" : "classes")} at grade {grade.Grade}", site.Text($"pay/{scale.Slug}/index.html"));
    }

    [Fact]
    public void A_grade_paying_more_classes_than_a_page_holds_goes_on_over_numbered_pages_each_listing_the_next_classes()
    {
        var site = Corpus.Value.Result.Site!;
        var scale = site.PayScales.Single();
        var plans = PayPages.Plans(site, new Rungs.Rendering.Views.ClassCards(site), maxGridClasses: 500, gradePageSize: 40)
            .Where(p => p.Model is PayGradePage).ToList();
        var grade = plans.Select(p => (PayGradePage)p.Model).First(g => g.Count > 80).Grade;
        var pages = plans.Where(p => ((PayGradePage)p.Model).Grade == grade).ToList();
        var models = pages.Select(p => (PayGradePage)p.Model).ToList();
        var first = $"pay/{scale.Slug}/grade-{grade}/";
        var checkedPages = 0;

        Assert.Equal((models[0].Count + 39) / 40, pages.Count);
        Assert.Equal([first + "index.html", .. Enumerable.Range(2, pages.Count - 1).Select(n => $"{first}page/{n}/index.html")], pages.Select(p => p.Path));
        for (var i = 0; i < pages.Count; i++)
        {
            var paging = models[i].Paging!;
            Assert.Equal((i + 1, i * 40 + 1, Math.Min(models[i].Count, (i + 1) * 40)), (paging.Number, paging.First, paging.Last));
            Assert.Equal(paging.Last - paging.First + 1, models[i].Classes.Count);
            Assert.Equal(i == 0 ? null : pages[i - 1].Path, paging.Previous);
            Assert.Equal(i == pages.Count - 1 ? null : pages[i + 1].Path, paging.Next);
            Assert.Equal(pages.Select(p => p.Path), paging.Pages.Select(p => p.Url));
            checkedPages++;
        }

        Assert.Equal(pages.Count, checkedPages);
        Assert.Equal(models[0].Count, models.Sum(m => m.Classes.Count));
        Assert.Equal(models[0].Count, models.SelectMany(m => m.Classes).Select(c => c.Url).Distinct().Count());
    }

    [GeneratedRegex(@"^pay/[^/]+/grade-[^/]+/index\.html$")]
    private static partial Regex GradePage();

    // A class link on a grade page, to the class's page from the site root.
    [GeneratedRegex(@"<li><a href=""\.\./\.\./\.\./(series/[^""]+/index\.html)"">")]
    private static partial Regex ClassLink();
}
