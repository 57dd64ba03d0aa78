using System.Text;
using Rungs.Checking;
using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Checking;

/// <summary>The whole sample site, and the test site published under a sub-path, fed page by page through the link checker: nothing is broken.</summary>
public class SampleSiteLinkTests
{
    private static IReadOnlyList<Rungs.Diagnostics.Diagnostic> CheckAll(BuildResult result, string sitePath)
    {
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var links = new LinkGraph(sitePath);
        Parallel.ForEach(result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)),
            f => links.Add(f.Path, Encoding.UTF8.GetString(f.Bytes), null));
        return links.Check(result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sample_site_has_no_broken_link_or_fragment()
    {
        Assert.Empty(CheckAll(SampleContent.Build(), "/"));
    }

    [Fact]
    public void The_test_site_published_under_a_sub_path_has_no_broken_link_or_fragment()
    {
        Assert.Empty(CheckAll(TestSite.Minimal().Build(baseUrl: "https://example.org/hr/specs/"), "/hr/specs/"));
    }
}
