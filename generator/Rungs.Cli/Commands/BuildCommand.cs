using System.CommandLine;
using System.Diagnostics;
using Rungs.Cli.Terminal;
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
        var command = new Command("build", "Build the site into the output folder.");
        site.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parsed => Run(site, parsed, parsed.GetValue(site.Content)!, parsed.GetValue(output)!));
        return command;
    }

    private static int Run(SiteOptions site, ParseResult parsed, string content, string output)
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

        var (sources, themes) = SiteOptions.Load(content);
        // Reading history, the pipeline and writing run under the progress display, which appears only after a second at a terminal.
        // Pages are written into a staging folder as they are rendered, and swapped in only if the build succeeds.
        var (history, readHistory, result, written) = report.Progress(stage =>
        {
            stage("read history");
            var reading = Stopwatch.StartNew();
            var history = site.ReadHistoryOnly(parsed, content);
            var readHistory = new StageTiming("read history", reading.Elapsed);
            BuildResult? result = null;
            FolderOutput? written = null;
            SiteWriter.Build(output, sink =>
            {
                written = sink;
                result = SitePipeline.RunInto(sink, sources, themes, site.BaseUrlOf(parsed), history, stage);
                return !site.Fails(parsed, result);
            });
            return (history, readHistory, result!, written!);
        });
        site.PrintHistoryNote(parsed, history);
        report.Diagnostics(result.Diagnostics);
        if (site.Fails(parsed, result))
        {
            report.Failed(result.ErrorCount, result.WarningCount, "the previous output is unchanged");
            return RungsCommandLine.ContentErrors;
        }

        report.Counts(result.Site);
        if (site.ShowsTimings(parsed)) report.Timings([readHistory, .. result.Timings]);
        report.Built(written.PageCount, written.FileCount, output, watch.Elapsed, result.WarningCount);
        return RungsCommandLine.Success;
    }
}
