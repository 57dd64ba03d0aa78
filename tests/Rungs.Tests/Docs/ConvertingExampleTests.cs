using System.Text.RegularExpressions;
using Rungs.Tests.Support;

namespace Rungs.Tests.Docs;

/// <summary>
/// docs/converting.md converts other employers' specs into content: every file it shows is built here, and what the page
/// promises the reader (shared slugs, tracks, known headings, kept zeros, organisations, stem-aware rewording) is checked.
/// </summary>
public sealed partial class ConvertingExampleTests
{
    [GeneratedRegex("""```(?:yaml|markdown) title="([^"]+)"\n(.*?)```""", RegexOptions.Singleline)]
    private static partial Regex TitledBlock();

    private static readonly Lazy<BuiltSite> Site = new(() =>
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "converting.md"));
        var files = TitledBlock().Matches(doc).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        Assert.True(files.Count >= 10, $"expected the example's files, found {files.Count}");
        return TestSite.FromFiles(files).BuildClean();
    });

    [Fact]
    public void The_example_builds_without_a_single_diagnostic() => Assert.NotNull(Site.Value);

    [Fact]
    public void Two_employers_clerk_1_share_a_slug_and_the_short_link_lists_both()
    {
        var page = Html.TextOf(Site.Value.Page("c/clerk-1/index.html"));

        Assert.Contains("Clerk 1", page);
        Assert.Contains("University Clerk 1", page);
        Assert.True(Site.Value.Has("series/state-clerk/clerk-1/index.html"));
        Assert.True(Site.Value.Has("series/university-clerk/clerk-1/index.html"));
    }

    [Fact]
    public void The_other_employers_headings_are_known_sections_and_a_site_mapping_adds_its_own()
    {
        var spec = Site.Value.Result.Site!.FindClass("state-clerk/clerk-2", null)!;
        Assert.Equal(
            [Rungs.Content.SectionKind.Summary, Rungs.Content.SectionKind.Duties, Rungs.Content.SectionKind.Ksas,
                Rungs.Content.SectionKind.MinimumQualifications, Rungs.Content.SectionKind.SpecialRequirements],
            spec.Body.Sections.Select(s => s.Kind));
        var university = Site.Value.Result.Site!.FindClass("university-clerk/clerk-1", null)!;
        Assert.Equal(Rungs.Content.SectionKind.Summary, university.Body.Sections[0].Kind); // "Nature of Assignments", from site.yml
    }

    [Fact]
    public void The_trainee_duty_and_the_full_duty_are_one_reworded_item_on_the_step_page()
    {
        var step = Site.Value.Page("series/state-clerk/compare/clerk-1..clerk-2/index.html");

        string[] Items(string change) => Regex.Matches(step, $"""<li class="item-{change}">(.*?)</li>""", RegexOptions.Singleline)
            .Select(m => Html.TextOf(m.Groups[1].Value)).ToArray();

        Assert.DoesNotContain(Items("removed"), text => text.Contains("Learns", StringComparison.Ordinal));
        Assert.Contains(Items("reworded"), text => text.Contains("Learns", StringComparison.Ordinal) && text.Contains("roofread", StringComparison.Ordinal));
    }

    [Fact]
    public void Codes_keep_their_zeros_and_each_class_says_whose_it_is_in_the_catalogue()
    {
        var csv = Site.Value.Page("classes.csv");

        Assert.Contains("001368", csv);
        Assert.Contains("Example State University", csv);
        Assert.Contains("Schematic code", csv);
        Assert.True(Site.Value.Has("classes.xlsx"));
    }

    [Fact]
    public void The_level_3_classes_of_the_two_tracks_show_each_other_as_parallel_classes()
    {
        var supervisor = Html.TextOf(Site.Value.Page("series/programmer-analyst/programmer-analyst-supervisor-3/index.html"));

        Assert.Contains("Parallel classes at this level", supervisor);
        Assert.Contains("Programmer Analyst Specialist 3", supervisor);
    }

    [Fact]
    public void Series_defaults_reach_the_ladder()
    {
        var series = Html.TextOf(Site.Value.Page("series/state-clerk/index.html"));

        Assert.Contains("02", series);
        Assert.Contains("001369", series);
    }
}
