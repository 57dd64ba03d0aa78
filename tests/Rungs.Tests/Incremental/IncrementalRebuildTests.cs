using Rungs.Incremental;
using Rungs.Input;
using Rungs.Pipeline;
using Rungs.Rendering;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Incremental;

/// <summary>
/// The dev server's incremental rebuild must publish exactly what a full build writes: after any edit, every output
/// file has the same bytes, and no file is left over. These tests edit content in memory and compare both, byte for byte.
/// </summary>
public sealed class IncrementalRebuildTests
{
    private static readonly DiskThemeSource Themes = new(Repo.Themes, Repo.Themes, Repo.Root);

    private static SortedDictionary<string, string> SampleFiles() => new(TestSite.Sample().Files.ToDictionary(), StringComparer.Ordinal);

    [Fact]
    public void The_first_build_publishes_what_a_full_build_writes()
    {
        var files = SampleFiles();
        var session = new SiteSession(Themes);
        var report = session.Rebuild(ContentSources.FromText(files));
        Assert.False(report.HasErrors);
        Assert.True(report.Full);
        AssertSameAsFullBuild(session, files);
    }

    [Fact]
    public void An_edit_to_one_class_rebuilds_its_series_and_what_shows_it_not_the_whole_site()
    {
        var files = SampleFiles();
        var session = new SiteSession(Themes);
        session.Rebuild(ContentSources.FromText(files));
        var path = files.Keys.First(p => p.StartsWith("series/", StringComparison.Ordinal) && !p.EndsWith("_series.md", StringComparison.Ordinal));
        files[path] += "\nOne more sentence, added by the test.\n";

        var report = session.Rebuild(ContentSources.FromText(files));

        Assert.Equal([path], report.ChangedContent);
        Assert.False(report.Full);
        Assert.Contains(PageGroup.Series(path.Split('/')[1]), report.Groups);
        Assert.DoesNotContain(PageGroup.Site, report.Groups);
        Assert.True(report.Groups.Count < PagePlanner.Groups(SampleContent.Result.Site!).Count - PagePlanner.SitePageGroups.Count, "only some groups are rebuilt");
        Assert.Contains(report.ChangedFiles, f => f.EndsWith(".html", StringComparison.Ordinal));
        session.CompleteRebuild();
        AssertSameAsFullBuild(session, files);
    }

    [Fact]
    public void An_edit_to_a_series_default_reaches_its_classes_as_a_full_build_would()
    {
        var files = new SortedDictionary<string, string>(Fields.FieldsSite.Create().Files.ToDictionary(), StringComparer.Ordinal);
        var session = new SiteSession(Themes);
        session.Rebuild(ContentSources.FromText(files));
        files["series/cs/_series.md"] = files["series/cs/_series.md"].Replace("hours: 40", "hours: 35", StringComparison.Ordinal);

        var report = session.Rebuild(ContentSources.FromText(files));

        Assert.False(report.HasErrors);
        Assert.Contains("Hours per week 35", Html.TextOf(System.Text.Encoding.UTF8.GetString(session.Files["series/cs/cs-assistant/index.html"].Bytes)));
        session.CompleteRebuild();
        AssertSameAsFullBuild(session, files);
    }

    [Fact]
    public void Every_kind_of_edit_to_every_sample_file_gives_the_full_build_output()
    {
        var files = SampleFiles();
        var session = new SiteSession(Themes);
        session.Rebuild(ContentSources.FromText(files));
        int steps = 0, compared = 0;
        foreach (var path in files.Keys.ToList())
        {
            foreach (var edit in SpecEdits.All)
            {
                var previous = files[path];
                files[path] = edit(previous);
                steps++;
                if (Apply(session, files)) compared++;
                else files[path] = previous; // so one broken edit does not fail every step after it
            }
        }

        SpecEdits.AssertMostStepsCompared(compared, steps);
    }

    [Fact]
    public void Deleting_adding_and_restoring_documents_gives_the_full_build_output()
    {
        var files = SampleFiles();
        var session = new SiteSession(Themes);
        session.Rebuild(ContentSources.FromText(files));
        foreach (var path in files.Keys.Where(p => p != "site.yml").ToList())
        {
            var text = files[path];
            files.Remove(path);
            Apply(session, files);
            files[path] = text;
            Assert.True(Apply(session, files), $"restoring {path} did not give a site without errors");
        }
    }

    [Fact]
    public void Random_edits_to_a_generated_corpus_give_the_full_build_output()
    {
        var files = GeneratedCorpus.Files(40, seed: 7);
        var session = new SiteSession(Themes);
        session.Rebuild(ContentSources.FromText(files));
        var random = new Random(12345);
        var paths = files.Keys.Where(p => p != "site.yml").ToList();
        int steps = 0, compared = 0;
        for (var step = 0; step < 16; step++)
        {
            var path = paths[random.Next(paths.Count)];
            var previous = files[path];
            if (random.Next(4) == 0)
            {
                // A deletion usually breaks references (an error, by design); the file comes back in the next save.
                files.Remove(path);
                Apply(session, files);
                files[path] = previous;
            }
            else files[path] = SpecEdits.All[random.Next(SpecEdits.All.Length)](previous);

            steps++;
            if (Apply(session, files)) compared++;
            else files[path] = previous;
        }

        SpecEdits.AssertMostStepsCompared(compared, steps);
    }

    [Fact]
    public void A_broken_edit_publishes_nothing_and_fixing_it_publishes_the_fix()
    {
        var files = SampleFiles();
        var session = new SiteSession(Themes);
        session.Rebuild(ContentSources.FromText(files));
        var before = session.Files.ToDictionary(p => p.Key, p => p.Value);
        var path = files.Keys.First(p => p.StartsWith("competencies/", StringComparison.Ordinal));
        var good = files[path];
        files[path] = good.Replace("title:", "title: [unclosed", StringComparison.Ordinal);

        var broken = session.Rebuild(ContentSources.FromText(files));

        Assert.True(broken.HasErrors);
        Assert.Contains(broken.Diagnostics, d => d.Position.Path.EndsWith(path, StringComparison.Ordinal) && d.Position.Line > 1);
        Assert.Equal(before.Keys.Order(), session.Files.Keys.Order());
        Assert.All(before, p => Assert.Same(p.Value, session.Files[p.Key]));

        files[path] = good.Replace("title: ", "title: Renamed ", StringComparison.Ordinal);
        var fixedReport = session.Rebuild(ContentSources.FromText(files));
        Assert.False(fixedReport.HasErrors);
        session.CompleteRebuild();
        AssertSameAsFullBuild(session, files);
    }

    [Fact]
    public void Adding_a_class_in_a_parallel_track_relabels_its_siblings_wherever_their_cards_are_shown()
    {
        // Programmer Analyst 1 asks for `communication`, so its card is on that competency's page. While the series has
        // one track its card names no track; a Supervisor class makes it "Level 1 · Specialist" there too.
        var site = Tracks.TrackSites.ProgrammerAnalyst();
        foreach (var path in site.Files.Keys.Where(p => p.Contains("-3.md", StringComparison.Ordinal) || p.Contains("-4.md", StringComparison.Ordinal)))
            site = site.Without(path);
        var first = Tracks.TrackSites.Series + "programmer-analyst-1.md";
        site = site.With(first, site.Files[first].Replace("level: 1\n", "level: 1\ncompetencies: [communication]\n", StringComparison.Ordinal));
        var files = new SortedDictionary<string, string>(site.Files.ToDictionary(), StringComparer.Ordinal);
        var session = new SiteSession(Themes);
        session.Rebuild(ContentSources.FromText(files));

        files[Tracks.TrackSites.Series + "programmer-analyst-supervisor-3.md"] = Tracks.TrackSites.Class("Programmer Analyst Supervisor 3", "001380", 3, "Supervisor");

        Assert.True(Apply(session, files));
    }

    /// <summary>
    /// Rebuilds after an edit: with errors, nothing published may change (not a byte); without, the output must equal a
    /// full build. Returns whether it was the latter.
    /// </summary>
    private static bool Apply(SiteSession session, SortedDictionary<string, string> files)
    {
        var before = SpecEdits.Published(session.Files);
        var report = session.Rebuild(ContentSources.FromText(files));
        if (report.HasErrors)
        {
            SpecEdits.AssertUnchanged(before, session.Files);
            return false;
        }

        session.CompleteRebuild();
        AssertSameAsFullBuild(session, files);
        return true;
    }

    internal static void AssertSameAsFullBuild(SiteSession session, IReadOnlyDictionary<string, string> files)
    {
        var full = SitePipeline.Run(ContentSources.FromText(files), Themes);
        Assert.False(full.HasErrors, string.Join("\n", full.Diagnostics));
        var expected = full.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        var missing = expected.Keys.Where(p => !session.Files.ContainsKey(p)).ToList();
        var extra = session.Files.Keys.Where(p => !expected.ContainsKey(p)).ToList();
        var different = expected.Where(p => session.Files.TryGetValue(p.Key, out var f) && !f.Bytes.AsSpan().SequenceEqual(p.Value)).Select(p => p.Key).ToList();
        Assert.True(missing.Count + extra.Count + different.Count == 0,
            $"missing: {string.Join(", ", missing)}\nextra: {string.Join(", ", extra)}\ndifferent: {string.Join(", ", different)}");
    }
}
