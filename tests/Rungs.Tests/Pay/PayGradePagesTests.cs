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

    [GeneratedRegex(@"^pay/[^/]+/grade-[^/]+/index\.html$")]
    private static partial Regex GradePage();

    // A class link on a grade page, to the class's page from the site root.
    [GeneratedRegex(@"<li><a href=""\.\./\.\./\.\./(series/[^""]+/index\.html)"">")]
    private static partial Regex ClassLink();
}
