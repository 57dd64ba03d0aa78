using System.Text;
using Rungs.Incremental;
using Rungs.Input;
using Rungs.Tests.Incremental;
using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>While `rungs serve` runs, editing a pay file re-renders the pages that show its figures, as a full build would.</summary>
public class PayRebuildTests
{
    [Fact]
    public void Editing_a_pay_file_updates_the_class_page_ladder_and_grid_as_a_full_build_would()
    {
        var files = new SortedDictionary<string, string>(PaySite.With().Files.ToDictionary(), StringComparer.Ordinal);
        var session = new SiteSession(new DiskThemeSource(Repo.Themes, Repo.Themes, Repo.Root));
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();
        files["pay/classified.yml"] = files["pay/classified.yml"].Replace("max: 58900", "max: 59900", StringComparison.Ordinal).Replace("58900]", "59900]", StringComparison.Ordinal);

        var report = session.Rebuild(ContentSources.FromText(files));
        session.CompleteRebuild();

        Assert.False(report.HasErrors);
        foreach (var page in new[] { "series/cs/cs-representative/index.html", "series/cs/index.html", "pay/classified/index.html" })
            Assert.Contains("$59,900", Encoding.UTF8.GetString(session.Files[page].Bytes));
        IncrementalRebuildTests.AssertSameAsFullBuild(session, files);
    }

    [Theory]
    [InlineData("grade: \"15\"", "grade: \"13\"")]
    [InlineData("grade: \"15\"", "grade: \"15\"\npay_scale: other")]
    public void Changing_a_class_grade_or_scale_updates_every_page_showing_its_pay_as_a_full_build_would(string from, string to)
    {
        var files = new SortedDictionary<string, string>(PaySite.With().With("pay/other.yml", """
            title: Other plan
            currency: EUR
            period: month
            grades:
              - { grade: "15", min: 3000, max: 3500 }
            """).Files.ToDictionary(), StringComparer.Ordinal);
        var session = new SiteSession(new DiskThemeSource(Repo.Themes, Repo.Themes, Repo.Root));
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();
        var path = files.Keys.Single(k => k.EndsWith("cs-representative.md", StringComparison.Ordinal));
        Assert.Contains(from, files[path]);
        files[path] = files[path].Replace(from, to, StringComparison.Ordinal);

        var report = session.Rebuild(ContentSources.FromText(files));
        session.CompleteRebuild();

        Assert.False(report.HasErrors);
        IncrementalRebuildTests.AssertSameAsFullBuild(session, files);
    }
}
