using System.CommandLine;
using Rungs.Cli.Terminal;
using Rungs.Diagnostics;
using Rungs.Pipeline;

namespace Rungs.Cli.Commands;

/// <summary>`rungs check`: run every validation (and render in memory) without writing anything.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var command = new Command("check", "Validate the content and theme without writing the site.");
        site.AddTo(command);
        var format = new Option<string>("--format")
        {
            Description = "How to print problems: `human` (default), or `github` for GitHub Actions annotations shown on the pull request.",
            DefaultValueFactory = _ => "human",
        };
        format.AcceptOnlyFromAmong("human", "github");
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var report = site.Reporter(parsed);
            var content = parsed.GetValue(site.Content)!;
            var (sources, themes) = SiteOptions.Load(content, parsed.GetValue(site.Drafts));
            var reading = System.Diagnostics.Stopwatch.StartNew();
            var history = site.ReadHistory(parsed, content, github: parsed.GetValue(format) == "github");
            var readHistory = new StageTiming("read history", reading.Elapsed);
            var result = SitePipeline.RunInto(new Rungs.Output.DiscardingOutput(), sources, themes, site.BaseUrlOf(parsed), history,
                today: site.TodayOf(parsed));
            if (parsed.GetValue(format) == "github") report.Annotations(result.Diagnostics);
            else report.Diagnostics(result.Diagnostics);
            if (parsed.GetValue(format) != "github") report.Counts(result.Site);
            if (site.ShowsTimings(parsed)) report.Timings([readHistory, .. result.Timings]);
            if (site.Fails(parsed, result))
            {
                report.Failed(result.ErrorCount, result.WarningCount, "nothing was written");
                return RungsCommandLine.ContentErrors;
            }

            report.Checked(sources.Files.Count, result.WarningCount);
            return RungsCommandLine.Success;
        });
        return command;
    }
}
