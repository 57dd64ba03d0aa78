using System.Text;
using Rungs.Tests.Support;

namespace Rungs.Tests.Snapshots;

/// <summary>Every page of the sample site matches its approved snapshot, so a template change shows up as a readable diff.</summary>
public sealed class SampleSiteSnapshotTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "Rungs.Tests", "Snapshots", "sample-site");

    [Fact]
    public void Every_page_of_the_sample_site_matches_its_approved_snapshot()
    {
        var result = SampleContent.Result;
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var pages = result.Files
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path is "sitemap.xml" or "robots.txt")
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);

        var problems = new ApprovedFiles(Folder).Compare(pages);

        Assert.True(problems.Count == 0,
            "Snapshots differ from the approved files. If the change is intended, run `RUNGS_ACCEPT_SNAPSHOTS=1 dotnet test` and commit the .verified files.\n"
            + string.Join("\n", problems));
    }
}
