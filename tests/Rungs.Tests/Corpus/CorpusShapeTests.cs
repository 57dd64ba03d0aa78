using Rungs.Content;
using Rungs.Corpus;

namespace Rungs.Tests.Corpus;

/// <summary>A corpus has the reference benchmark's shape: ladders of 2–6 levels, shared libraries, cross-references and ≈ 4 KB per class.</summary>
public class CorpusShapeTests
{
    private const int Classes = 1000;

    private static readonly Lazy<(SortedDictionary<string, string> Files, Rungs.Linking.SiteModel Site)> Corpus = new(() =>
    {
        var files = GeneratedCorpus.Files(Classes, 1);
        var (site, diagnostics) = GeneratedCorpus.Link(files);
        Assert.Empty(diagnostics);
        return (files, site!);
    });

    [Fact]
    public void The_benchmark_spec_has_the_reference_counts()
    {
        var spec = new CorpusSpec(10_000, 1);

        Assert.Equal(2518, spec.SeriesCount);
        Assert.Equal(60, spec.CompetencyCount);
        Assert.Equal(80, spec.KsaCount);
        Assert.Equal(20, spec.JobModelCount);
    }

    [Fact]
    public void Counts_scale_down_for_small_corpora_but_cover_what_a_class_lists()
    {
        var spec = new CorpusSpec(10, 1);

        Assert.InRange(spec.CompetencyCount, 8, 59);
        Assert.InRange(spec.KsaCount, 12, 79);
        Assert.Equal(1, spec.JobModelCount);
    }

    [Fact]
    public void There_are_exactly_N_classes_in_series_of_2_to_6_levels()
    {
        var site = Corpus.Value.Site;

        Assert.Equal(Classes, site.Classes.Count());
        Assert.Equal(new CorpusSpec(Classes, 1).SeriesCount, site.Series.Count);
        Assert.All(site.Series, s => Assert.InRange(s.Levels.Count, 2, 6));
        Assert.InRange(site.Series.Average(s => s.Levels.Count), 3.9, 4.05);
        Assert.Equal(Enumerable.Range(2, 5), site.Series.Select(s => s.Levels.Count).Distinct().Order());
    }

    [Fact]
    public void The_libraries_have_the_spec_counts_and_every_class_uses_them()
    {
        var spec = new CorpusSpec(Classes, 1);
        var site = Corpus.Value.Site;

        Assert.Equal(spec.CompetencyCount, site.Competencies.Count);
        Assert.Equal(spec.KsaCount, site.Ksas.Count);
        Assert.Equal(spec.JobModelCount, site.JobModels.Count);
        Assert.All(site.Classes, c =>
        {
            Assert.InRange(c.Competencies.Count, 3, 8);
            Assert.InRange(c.Ksas.Count, 5, 12);
        });
        Assert.All(site.JobModels, j => Assert.NotEmpty(j.Classes));
    }

    [Fact]
    public void Every_class_has_realistic_front_matter()
    {
        var site = Corpus.Value.Site;

        Assert.Equal(Classes, site.Classes.Select(c => c.Code).Distinct().Count());
        Assert.All(site.Classes, c =>
        {
            Assert.Matches("^C[0-9]{5}$", c.Code);
            Assert.NotNull(c.LevelLabel);
            Assert.NotNull(c.HrisTitle);
            Assert.Equal(c.HrisTitle!.ToUpperInvariant(), c.HrisTitle);
            Assert.NotNull(c.Flsa);
            Assert.NotNull(c.Effective);
            Assert.NotNull(c.SupervisionReceived);
        });
        Assert.All(site.Series, s =>
        {
            var grades = s.Levels.Select(c => int.Parse(c.Grade!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(grades.Order(), grades);
            Assert.Equal(grades.Count, grades.Distinct().Count());
            Assert.NotNull(s.Spec.PromotionalLine);
        });
        Assert.Contains(site.Classes, c => c.Aliases.Count > 0);
        Assert.Contains(site.Classes, c => c.ExamplePositions.Count > 0);
        Assert.Contains(site.Classes, c => c.Licensure is not null && c.Licensure != "None");
    }

    [Fact]
    public void Promotional_lines_group_two_to_four_series()
    {
        var lines = Corpus.Value.Site.Series.GroupBy(s => s.Spec.PromotionalLine).ToList();

        Assert.All(lines, line => Assert.InRange(line.Count(), 2, 4));
    }

    [Fact]
    public void Ladders_carry_lower_level_work_differences_and_promotions()
    {
        var site = Corpus.Value.Site;
        var classes = site.Classes.ToList();

        Assert.InRange(classes.Count(c => c.IncludesLowerLevelWork), Classes / 4, Classes * 3 / 4);
        Assert.DoesNotContain(classes, c => c.IncludesLowerLevelWork && c.Level == 1);
        Assert.InRange(classes.Count(c => c.DiffersFrom.Count > 0), Classes / 10, Classes / 2);
        Assert.Contains(classes, c => c.DiffersFrom.Any(d => site.FindClass(d.Slug, c.SeriesSlug)!.SeriesSlug != c.SeriesSlug));
        Assert.Contains(classes, c => c.DiffersFrom.Any(d => site.FindClass(d.Slug, c.SeriesSlug)!.SeriesSlug == c.SeriesSlug));
        Assert.InRange(classes.Count(c => c.PromotesTo.Count > 0), Classes / 20, Classes / 4);
        Assert.All(classes.SelectMany(c => c.PromotesTo.Select(p => (From: c, To: site.FindClass(p.Slug, c.SeriesSlug)!))),
            move => Assert.NotEqual(move.From.SeriesSlug, move.To.SeriesSlug));
    }

    [Fact]
    public void Class_bodies_have_the_known_sections_of_a_real_spec()
    {
        var classes = Corpus.Value.Site.Classes.ToList();

        Assert.All(classes, c =>
        {
            Assert.NotNull(c.Body.First(SectionKind.Summary));
            Assert.InRange(c.Body.First(SectionKind.Duties)!.Items.Count, 6, 14);
            Assert.Contains(c.Body.First(SectionKind.Ksas)!.Items, i => i.Group == "Knowledge of");
            Assert.Contains(c.Body.First(SectionKind.Ksas)!.Items, i => i.Group == "Ability to");
            Assert.NotEmpty(c.Body.First(SectionKind.MinimumQualifications)!.Items);
        });
        Assert.Contains(classes, c => c.Body.First(SectionKind.MinimumQualifications)!.Items.Any(i => i.Children.Count == 2));
        Assert.Contains(classes, c => c.Body.First(SectionKind.MinimumQualifications)!.Html.Contains("<table", StringComparison.Ordinal));
        Assert.Contains(classes, c => c.Body.First(SectionKind.Licenses) is not null);
        Assert.Contains(classes, c => c.Body.First(SectionKind.DistinguishingCharacteristics) is not null);
        Assert.Contains(classes, c => c.Body.Sections.Any(s => s.Kind == SectionKind.Other));
    }

    [Fact]
    public void Adjacent_levels_share_duties_reworded()
    {
        var site = Corpus.Value.Site;
        var pairs = site.Series.SelectMany(s => s.Levels.Zip(s.Levels.Skip(1))).ToList();

        // A duty at the next level keeps its object and qualifier; only the verb and the complexity change.
        static string Object(string duty) => string.Join(' ', duty.Split(' ').TakeLast(5));
        var shared = pairs.Count(p =>
            p.First.Body.First(SectionKind.Duties)!.Items.Select(i => Object(i.Text))
                .Intersect(p.Second.Body.First(SectionKind.Duties)!.Items.Select(i => Object(i.Text))).Count() >= 3);
        Assert.True(shared > pairs.Count * 3 / 4, $"only {shared} of {pairs.Count} level steps share three duties");
    }

    [Fact]
    public void A_class_file_holds_about_4_KB_of_Markdown_and_YAML()
    {
        var classFiles = Corpus.Value.Files
            .Where(f => f.Key.StartsWith("series/", StringComparison.Ordinal) && !f.Key.EndsWith("/_series.md", StringComparison.Ordinal))
            .Select(f => System.Text.Encoding.UTF8.GetByteCount(f.Value))
            .ToList();

        Assert.Equal(Classes, classFiles.Count);
        Assert.InRange(classFiles.Average(), 3500, 4600);
    }
}
