using System.Text.RegularExpressions;
using Rungs.Incremental;
using Rungs.Input;
using Rungs.Pipeline;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Incremental;

/// <summary>
/// An edit that keeps what linking reads of a document (its slug, level, code, ordering keys and references) is patched
/// into the last good site instead of parsing and linking the whole site again. The patched site must render byte for
/// byte what a full build writes and report the same diagnostics; every other edit is validated in full.
/// </summary>
public sealed class PatchedSiteTests
{
    private static readonly DiskThemeSource Themes = new(Repo.Themes, Repo.Themes, Repo.Root);

    private static (SiteSession Session, SortedDictionary<string, string> Files) Built(int classes = 40, ulong seed = 3)
    {
        var files = GeneratedCorpus.Files(classes, seed);
        var session = new SiteSession(Themes);
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();
        return (session, files);
    }

    private static string AClass(SortedDictionary<string, string> files, int index = 0) =>
        files.Keys.Where(p => p.StartsWith("series/", StringComparison.Ordinal) && !p.EndsWith("_series.md", StringComparison.Ordinal)).ElementAt(index);

    /// <summary>Rebuilds, completes the rebuild, and checks the output and the diagnostics against a full build.</summary>
    private static RebuildReport Apply(SiteSession session, SortedDictionary<string, string> files)
    {
        var before = SpecEdits.Published(session.Files);
        var report = session.Rebuild(ContentSources.FromText(files));
        var full = SitePipeline.Run(ContentSources.FromText(files), Themes);
        if (full.HasErrors)
        {
            Assert.True(report.HasErrors);
            Assert.False(report.Patched);
            SpecEdits.AssertUnchanged(before, session.Files);
            return report;
        }

        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), report.Diagnostics.Select(d => d.ToString()));
        session.CompleteRebuild();
        var expected = full.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), session.Files.Keys.Order(StringComparer.Ordinal));
        var different = expected.Where(p => !session.Files[p.Key].Bytes.AsSpan().SequenceEqual(p.Value)).Select(p => p.Key).ToList();
        Assert.True(different.Count == 0, "different: " + string.Join(", ", different));
        return report;
    }

    [Fact]
    public void A_patched_edit_lints_the_edited_files_again_and_keeps_the_gendered_wording_found_in_the_others()
    {
        var today = new DateOnly(2026, 6, 1);
        var files = GeneratedCorpus.Files(40, 3);
        var (kept, edited, cleared) = (AClass(files, 2), AClass(files, 5), AClass(files, 8));
        files[kept] += "\nThe chairman signs off.\n";
        files[cleared] += "\nHe or she reviews it.\n";
        var session = new SiteSession(Themes, today: today);
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();

        files[edited] += "\nThe foreman assigns the work.\n";
        files[cleared] = files[cleared].Replace("He or she", "They", StringComparison.Ordinal);
        var report = session.Rebuild(ContentSources.FromText(files));
        var full = SitePipeline.Run(ContentSources.FromText(files), Themes, today: today);

        Assert.True(report.Patched);
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), report.Diagnostics.Select(d => d.ToString()));
        var gendered = report.Diagnostics.Where(d => d.Code == "RUNGS051").ToList();
        Assert.Contains(gendered, d => d.Position.Path.EndsWith(kept, StringComparison.Ordinal) && d.Message.Contains("chairman", StringComparison.Ordinal));
        Assert.Contains(gendered, d => d.Position.Path.EndsWith(edited, StringComparison.Ordinal) && d.Message.Contains("foreman", StringComparison.Ordinal));
        Assert.DoesNotContain(gendered, d => d.Position.Path.EndsWith(cleared, StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_edit_to_a_class_is_patched_and_gives_the_full_build_output()
    {
        var (session, files) = Built();
        var path = AClass(files, 5);
        files[path] += "\nA sentence added at the end.\n";

        var report = Apply(session, files);

        Assert.True(report.Patched);
        Assert.Equal([path], report.ChangedContent);
    }

    [Fact]
    public void Text_edits_to_every_kind_of_document_are_patched_and_give_the_full_build_output()
    {
        var (session, files) = Built();
        var paths = new[]
        {
            AClass(files, 0), AClass(files, 7),
            files.Keys.First(p => p.EndsWith("/_series.md", StringComparison.Ordinal)),
            files.Keys.First(p => p.StartsWith("competencies/", StringComparison.Ordinal)),
            files.Keys.First(p => p.StartsWith("ksas/", StringComparison.Ordinal)),
            files.Keys.First(p => p.StartsWith("job-models/", StringComparison.Ordinal)),
        };
        foreach (var path in paths)
        {
            files[path] = Regex.Replace(files[path], @"^(- |\d+\. )(.*)$", "$1$2 (updated)", RegexOptions.Multiline) + "\nAdded at the end.\n";
            Assert.True(Apply(session, files).Patched, path);
        }
    }

    [Fact]
    public void Several_files_saved_at_once_are_patched_together()
    {
        var (session, files) = Built();
        foreach (var path in new[] { AClass(files, 1), AClass(files, 2), files.Keys.First(p => p.StartsWith("ksas/", StringComparison.Ordinal)) })
            files[path] += "\nEdited in the same save.\n";

        var report = Apply(session, files);

        Assert.True(report.Patched);
        Assert.Equal(3, report.ChangedContent.Count);
    }

    [Fact]
    public void Edits_that_change_what_linking_reads_are_linked_in_full()
    {
        var (session, files) = Built();
        var series = files.Keys.First(p => p.EndsWith("/_series.md", StringComparison.Ordinal));
        var klass = AClass(files, 3);
        var edits = new (string Path, Func<string, string> Edit)[]
        {
            (series, text => Regex.Replace(text, @"^title: (.*)$", "title: $1 Renamed", RegexOptions.Multiline)),
            (klass, text => Regex.Replace(text, @"^code: (.*)$", "code: C99999", RegexOptions.Multiline)),
            (klass, text => Regex.Replace(text, @"^level: (\d+)", "level: 9", RegexOptions.Multiline)),
            (klass, text => Regex.Replace(text, @"^(ksas:\n)(  - [a-z-]+\n)", "$1", RegexOptions.Multiline)),
            ("site.yml", text => text + "\n"),
        };
        foreach (var (path, edit) in edits)
        {
            var before = files[path];
            files[path] = edit(before);
            Assert.NotEqual(before, files[path]);
            Assert.False(Apply(session, files).Patched, path);
        }
    }

    [Fact]
    public void Track_edits_are_linked_in_full_so_a_track_the_series_does_not_list_is_reported()
    {
        var (session, files) = Built();
        var klass = AClass(files, 3);
        var series = klass[..klass.LastIndexOf('/')] + "/_series.md";
        files[series] = Regex.Replace(files[series], @"^(title: .*)$", "$1\ntracks: [Main, Supervisor]", RegexOptions.Multiline);
        Assert.False(Apply(session, files).Patched);

        files[klass] = Regex.Replace(files[klass], @"^(title: .*)$", "$1\ntrack: Supervsor", RegexOptions.Multiline);
        var report = Apply(session, files);

        Assert.False(report.Patched);
        Assert.Contains(report.Diagnostics, d => d.Code == Rungs.Diagnostics.DiagnosticCodes.UnknownTrack);
    }

    [Fact]
    public void A_patched_edit_reads_raw_html_from_the_settings_file_a_full_build_reads()
    {
        // Both spellings of the settings file: a full build takes the first in path order (site.yaml).
        var (session, files) = Built();
        files["site.yaml"] = files["site.yml"] + "raw_html: allow-list\n";
        Assert.False(Apply(session, files).Patched);

        var path = AClass(files, 3);
        files[path] += "\nSome <strong>bold</strong> words.\n";
        Assert.True(Apply(session, files).Patched);
    }

    [Fact]
    public void Adding_or_removing_a_document_is_linked_in_full()
    {
        var (session, files) = Built();
        var path = AClass(files, 4);
        var text = files[path];
        files.Remove(path);
        Assert.False(Apply(session, files).Patched);
        files[path] = text;
        Assert.False(Apply(session, files).Patched);
    }

    [Fact]
    public void A_warning_added_and_removed_by_a_patched_edit_is_reported_as_a_full_build_reports_it()
    {
        var (session, files) = Built();
        var path = AClass(files, 6);
        var clean = files[path];

        files[path] = clean + "\nSee [this](javascript:alert(1)).\n";
        var warned = Apply(session, files);
        Assert.True(warned.Patched);
        Assert.Contains(warned.Diagnostics, d => d.Position.Path.EndsWith(path, StringComparison.Ordinal));

        files[path] = clean + "\nSee [this](javascript:alert(2)) and [that](javascript:alert(3)).\n";
        Assert.True(Apply(session, files).Patched);

        files[path] = clean;
        var cleared = Apply(session, files);
        Assert.True(cleared.Patched);
        Assert.Empty(cleared.Diagnostics);
    }

    [Fact]
    public void A_broken_edit_is_validated_in_full_and_the_fix_is_patched_against_the_last_good_site()
    {
        var (session, files) = Built();
        var path = AClass(files, 2);
        var good = files[path];

        files[path] = good.Replace("title:", "title: [unclosed", StringComparison.Ordinal);
        var broken = Apply(session, files);
        Assert.True(broken.HasErrors);

        files[path] = good + "\nFixed.\n";
        Assert.True(Apply(session, files).Patched);
    }

    [Fact]
    public void Many_random_edits_keep_the_patched_site_equal_to_a_full_build()
    {
        var (session, files) = Built(60, seed: 11);
        var random = new Random(2026);
        var paths = files.Keys.Where(p => p != "site.yml").ToList();
        int patched = 0, compared = 0;
        const int steps = 24;
        for (var step = 0; step < steps; step++)
        {
            var path = paths[random.Next(paths.Count)];
            var previous = files[path];
            files[path] = SpecEdits.All[random.Next(SpecEdits.All.Length)](previous);
            var report = Apply(session, files);
            if (report.Patched) patched++;
            if (!report.HasErrors) compared++;
            else files[path] = previous; // so one broken edit does not fail every step after it
        }

        SpecEdits.AssertMostStepsCompared(compared, steps);
        Assert.True(patched > 0);
    }
}
