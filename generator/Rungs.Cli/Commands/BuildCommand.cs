using System.CommandLine;
using System.Diagnostics;
using Rungs.Cli.Terminal;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Output;
using Rungs.Pipeline;

namespace Rungs.Cli.Commands;

/// <summary>`rungs build`: validate the content, render the site, and swap it into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output")
        {
            Description = "Where to write the site. Replaced whole on success; left untouched on failure.",
            DefaultValueFactory = _ => "output",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Build even when nothing has changed since the build in the output folder.",
        };
        var command = new Command("build", "Build the site into the output folder.");
        site.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parsed => Run(site, parsed, parsed.GetValue(site.Content)!, parsed.GetValue(output)!, parsed.GetValue(force)));
        return command;
    }

    private static int Run(SiteOptions site, ParseResult parsed, string content, string output, bool force)
    {
        var report = site.Reporter(parsed);
        var watch = Stopwatch.StartNew();
        var targetProblems = SiteWriter.CheckTarget(output, content);
        if (targetProblems.Count > 0)
        {
            report.Diagnostics(targetProblems);
            report.Failed(targetProblems.Count, 0, "nothing was written");
            return RungsCommandLine.ContentErrors;
        }

        // Held until the build ends: a second build into the same output stops here instead of racing this one.
        using var staged = SiteWriter.Open(output);
        if (staged is null)
        {
            report.Diagnostics([OutputDiagnostics.Busy(output)]);
            report.Failed(1, 0, "nothing was written");
            return RungsCommandLine.ContentErrors;
        }

        // The git history is read by another process: it runs while this one reads the content.
        var readHistory = Task.Run(() => site.ReadHistoryOnly(parsed, content));
        var themes = SiteOptions.Themes(content).Source.Snapshot();
        var baseUrl = site.BaseUrlOf(parsed);
        var drafts = parsed.GetValue(site.Drafts);
        // A build with drafts writes other pages than one without: the choice is part of what the build read.
        var draftsSetting = drafts ? "drafts" : null;
        // The effective-date lint reads the date: when it could find something, a build on another day is not the same
        // build (its warnings may differ), and the stamp keeps the day (BuildStamp.Date).
        var today = site.TodayOf(parsed);
        var todayText = Rungs.Content.FactFormat.IsoDate(today);
        if (!force && SiteWriter.ReadStamp(output) is { } previous
            && ContentScan.Digests(Path.GetFullPath(content)) is { } digests
            && previous.Holds(InputFingerprint.Of(digests, themes.Files, readHistory.Result, baseUrl?.Text, draftsSetting), todayText))
        {
            // Nothing Rungs reads has changed: the output is what a build would write, byte for byte. Checked from file
            // digests alone, without decoding or parsing anything.
            site.PrintHistoryNote(parsed, readHistory.Result);
            var leftovers = OutputDiagnostics.NotRemoved(output, staged);
            report.Diagnostics([.. previous.Warnings, .. leftovers]);
            if (parsed.GetValue(site.WarningsAsErrors) && previous.Warnings.Count > 0)
            {
                report.Failed(0, previous.Warnings.Count + leftovers.Count, "the previous output is unchanged");
                return RungsCommandLine.ContentErrors;
            }

            report.UpToDate(output, watch.Elapsed, previous.Warnings.Count + leftovers.Count);
            return RungsCommandLine.Success;
        }

        var history = readHistory.Result;
        // The pipeline reads the content as its first stage and lets the texts go once parsed; the digests taken as the
        // files were read are kept for the fingerprint of what this build read.
        IReadOnlyList<ContentDigest> readDigests = [];
        ContentSources ReadContent()
        {
            var sources = SiteOptions.ReadContent(content, drafts);
            readDigests = sources.Digests().ToList();
            return sources;
        }

        // The pipeline and writing run under the progress display, which appears only after a second at a terminal.
        // Pages are written into a staging folder as they are rendered, and swapped in only if the build succeeds.
        var prepare = new StageTiming("themes, history, change check", watch.Elapsed);
        var (result, written, refused) = report.Progress(stage =>
        {
            BuildResult? result = null;
            FolderOutput? written = null;
            try
            {
                SiteWriter.Build(staged, sink =>
                {
                    written = sink;
                    result = SitePipeline.RunInto(sink, ReadContent, themes, baseUrl, history, stage, today);
                    return !site.Fails(parsed, result);
                }, () => new BuildStamp(InputFingerprint.Of(readDigests, themes.Files, history, baseUrl?.Text, draftsSetting),
                    result!.Diagnostics.Where(d => d.Severity == Rungs.Diagnostics.Severity.Warning).ToList(),
                    result.Site is not { } built || Rungs.Linting.LintRules.ReadToday(built) ? todayText : null));
                return (result!, written!, (FolderSwapException?)null);
            }
            catch (FolderSwapException swap)
            {
                return (result!, written!, swap);
            }
        });
        site.PrintHistoryNote(parsed, history);
        // Leftovers are warnings that never fail the build: the new site is in place (or the old one, untouched) either way.
        var notRemoved = OutputDiagnostics.NotRemoved(output, staged);
        var warnings = result.WarningCount + notRemoved.Count;
        report.Diagnostics([.. result.Diagnostics, .. notRemoved]);
        if (site.Fails(parsed, result) || refused is not null)
        {
            if (refused is not null) report.Diagnostics([OutputDiagnostics.SwapRefused(output, refused)]);
            report.Failed(result.ErrorCount + (refused is null ? 0 : 1), warnings, "the previous output is unchanged");
            return RungsCommandLine.ContentErrors;
        }

        report.Counts(result.Site);
        // The collector's pauses stop every thread: worth seeing beside the stages when measuring.
        var collections = $"GC pauses ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)})";
        if (site.ShowsTimings(parsed)) report.Timings([prepare, .. result.Timings, new(collections, GC.GetTotalPauseDuration())]);
        report.Built(written.PageCount, written.FileCount, output, watch.Elapsed, warnings);
        return RungsCommandLine.Success;
    }
}
