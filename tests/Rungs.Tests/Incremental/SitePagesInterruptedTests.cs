using Rungs.Incremental;
using Rungs.Input;
using Rungs.Pipeline;
using Rungs.Rendering;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Incremental;

/// <summary>
/// The dev server's last step (site pages, search index, site files) takes a second or more on a large site. When a newer
/// edit is waiting it stops between its parts, publishes nothing of its stale work, and runs again after the newer edit's
/// own step: the site served in the end is what a full build writes.
/// </summary>
public sealed class SitePagesInterruptedTests
{
    private static readonly DiskThemeSource Themes = new(Repo.Themes, Repo.Themes, Repo.Root);

    [Theory]
    [InlineData(0, "before the first site page")]
    [InlineData(3, "among the site pages")]
    [InlineData(-1, "after the site pages, before the search index")]
    [InlineData(-2, "after the search index, before the site files")]
    public void A_newer_edit_stops_the_site_step_which_publishes_nothing_and_runs_after_it(int answersBeforeTheEdit, string where)
    {
        // Negative: counted from the end of the site pages (each site page group asks once, then each later part).
        var calm = answersBeforeTheEdit >= 0 ? answersBeforeTheEdit : PagePlanner.SitePageGroups.Count - answersBeforeTheEdit - 1;
        var files = GeneratedCorpus.Files(40, 3);
        var session = new SiteSession(Themes);
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();
        var edited = files.Keys.First(p => p.StartsWith("series/", StringComparison.Ordinal) && !p.EndsWith("_series.md", StringComparison.Ordinal));

        // A retitled class shows on the site pages (all classes, search): the site step has work to publish.
        files[edited] = Retitled(files[edited], "Senior");
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        var asked = 0;
        RebuildReport? step;
        Dictionary<string, byte[]> beforeStep;
        do
        {
            beforeStep = SpecEdits.Published(session.Files);
            // Asked from the rendering threads: counted atomically.
            step = session.ContinueRebuild(() => Interlocked.Increment(ref asked) > calm);
        }
        while (step is { Interrupted: false });

        Assert.NotNull(step);
        Assert.True(step.Interrupted, where);
        Assert.False(step.ChangedOutput);
        SpecEdits.AssertUnchanged(beforeStep, session.Files);
        Assert.True(session.HasPendingWork);
        // Every site page group asks once (those after the edit render nothing); a later part asks once before it starts.
        var groups = PagePlanner.SitePageGroups.Count;
        Assert.Equal(calm < groups ? groups : calm + 1, asked);
        var stale = SitePipeline.Run(ContentSources.FromText(files), Themes).Files;
        Assert.Contains(stale, f => !session.Files[f.Path].Bytes.AsSpan().SequenceEqual(f.Bytes));

        // The newer edit: its own step, then the rest, the site pages among them.
        files[edited] = Retitled(files[edited], "Principal");
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();

        var full = SitePipeline.Run(ContentSources.FromText(files), Themes).Files;
        Assert.Equal(full.Select(f => f.Path).Order(StringComparer.Ordinal), session.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(full, f => Assert.True(session.Files[f.Path].Bytes.AsSpan().SequenceEqual(f.Bytes), f.Path));
    }

    private static string Retitled(string text, string word)
    {
        var at = text.IndexOf("\ntitle: ", StringComparison.Ordinal) + "\ntitle: ".Length;
        var quoted = text[at] == '"';
        return text[..at] + (quoted ? "\"" + word + " " + text[(at + 1)..] : word + " " + text[at..]);
    }
}
