using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>Given a site with more series than fit as cards, pages stay small: they link to a compact series index.</summary>
public sealed class ManySeriesTests
{
    private static readonly Lazy<BuiltSite> Site = new(() =>
    {
        var site = TestSite.Minimal();
        for (var i = 1; i <= 51; i++)
        {
            site = site.With($"series/s{i}/_series.md", $"---\ntitle: Series {i}\n---\n")
                .With($"series/s{i}/s{i}-entry.md", $"---\ntitle: Entry {i}\nlevel: 1\n---\n");
        }

        return site.BuildClean();
    });

    [Fact]
    public void The_home_page_links_to_the_series_index_instead_of_showing_every_card()
    {
        var home = Site.Value.Page("index.html");

        Assert.DoesNotContain("class=\"cards\"", home);
        Assert.Contains("""<a class="button-link" href="series/index.html">Browse all 52 series</a>""", home);
    }

    [Fact]
    public void The_series_index_lists_every_series_in_a_compact_table()
    {
        var index = Site.Value.Page("series/index.html");

        Assert.Contains("""<th scope="row"><a href="../series/s51/index.html">Series 51</a></th>""", index);
        Assert.DoesNotContain("class=\"cards\"", index);
    }

    [Fact]
    public void The_not_found_page_links_to_the_series_index()
    {
        Assert.Contains("Browse every series", Site.Value.Page("404.html"));
    }
}
