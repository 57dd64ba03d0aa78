using System.Text.RegularExpressions;
using Rungs.Tests.Support;

namespace Rungs.Tests.Export;

/// <summary>
/// Given a site, rewording one class's duty changes only the files that show that class: its page and its series' pages,
/// its data file and its series' bundle, and the search fragments that hold its words (terms) and its description (docs). Deploys upload changed files
/// only, so this is what a one-class edit costs a publish.
/// </summary>
public sealed class OneClassEditTests
{
    [Fact]
    public void Rewording_a_duty_changes_only_the_pages_and_data_that_show_the_class()
    {
        var before = TwinSlugSite.Build().BuildClean();
        var after = TwinSlugSite.Build()
            .With("series/library/clerk-3.md", TwinSlugSite.Clerk("Library Clerk 3", "6003", 3).Replace("files records", "catalogues harbour surveys", StringComparison.Ordinal))
            .BuildClean();

        var changed = before.Paths.Union(after.Paths)
            .Where(p => !before.Has(p) || !after.Has(p) || before.Page(p) != after.Page(p))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Contains("series/library/clerk-3/index.html", changed);
        Assert.Contains("api/classes/clerk-3.json", changed);
        Assert.Contains("api/series/library.js", changed);
        var allowed = new Regex(@"^(series/library/.*|api/classes/clerk-3\.json|api/series/library\.js|search/(terms|docs)/.*)$");
        Assert.All(changed, p => Assert.Matches(allowed, p));
    }
}
