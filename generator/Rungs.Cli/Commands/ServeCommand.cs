using System.CommandLine;
using Rungs.Cli.Serving;
using Rungs.Cli.Terminal;
using Rungs.Incremental;
using Rungs.Input;

namespace Rungs.Cli.Commands;

/// <summary>
/// `rungs serve`: builds the site into memory, serves it on 127.0.0.1, and on every save rebuilds what the edit affects and
/// reloads the tabs showing it. Content errors show in the terminal and over the page; the last good build stays served.
/// Answers only to local Host names (and --host ones); follows the content folder when it is deleted, moved or swapped.
/// Runs until Ctrl+C or SIGTERM (exit 0); exit 1 when the content folder is missing or the port is taken.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create()
    {
        var content = new Option<string>("--content")
        {
            Description = "The content folder (holds site.yml, series/, competencies/, …).",
            DefaultValueFactory = _ => "content",
        };
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port on 127.0.0.1 to serve at (0: any free port). Default {DefaultPort}.",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be between 0 and 65535");
        });
        var hosts = new Option<string[]>("--host")
        {
            Description = "Also answer requests for this host name (e.g. a name in /etc/hosts or a proxy's); repeatable. "
                          + "Only localhost, 127.0.0.1 and [::1] are answered otherwise, so other web sites cannot read the preview.",
            DefaultValueFactory = _ => [],
        };
        hosts.Validators.Add(result =>
        {
            foreach (var name in result.GetValueOrDefault<string[]>() ?? [])
                if (HostCheck.Problem(name) is { } problem) result.AddError(problem);
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and warnings." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print which page groups each rebuild rendered." };
        var drafts = SiteOptions.DraftsOption();
        var command = new Command("serve", "Serve the site locally, rebuild on every save, and reload open browser tabs.")
        {
            content, port, hosts, quiet, verbose, drafts,
        };
        command.SetAction(async (parsed, _) =>
        {
            // The command owns Ctrl+C and SIGTERM from the start: stopped while the first build runs, it stops right after it.
            using var signals = new StopSignals();
            var reporter = new Reporter(parsed.GetValue(quiet) ? Verbosity.Quiet : parsed.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal);
            return await RunAsync(parsed.GetValue(content)!, parsed.GetValue(port), parsed.GetValue(hosts) ?? [], reporter, parsed.GetValue(drafts), signals.Token);
        });
        return command;
    }

    private static async Task<int> RunAsync(string content, int port, IReadOnlyList<string> hosts, Reporter report, bool drafts, CancellationToken stop)
    {
        var full = Path.GetFullPath(content);
        var display = SiteOptions.DisplayPath(content);
        if (!Directory.Exists(full))
        {
            report.Diagnostics(ContentReader.Read(full, display).Problems);
            return RungsCommandLine.ContentErrors;
        }

        var (themes, siteThemes) = SiteOptions.Themes(content);
        var folder = new LiveContentFolder(full, display);
        // Watch before the first read, so an edit made while the site builds is not missed.
        using var watcher = new ChangeWatcher(full, siteThemes);
        folder.ReadAll();

        var hub = new LiveReloadHub();
        SiteSession? session = null;
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(port, path => session?.Files.GetValueOrDefault(path), hub, hosts);
        }
        catch (IOException e)
        {
            report.UsageError($"cannot serve on 127.0.0.1:{port}: {e.Message}");
            report.Hint("another program uses the port; choose another with --port, or --port 0 for any free port");
            return RungsCommandLine.ContentErrors;
        }

        await using (server)
        {
            var history = Rungs.History.ReadHistory.Read(full, Rungs.History.ReadHistory.DefaultMaxCommits);
            // Lints compare effective dates with the day the server started.
            session = new SiteSession(themes, Rungs.Content.BaseUrl.Parse(server.Address.ToString()), history, DateOnly.FromDateTime(DateTime.UtcNow));
            Rebuild(session, folder, hub, report, drafts, () => false);
            report.Serving(server.Address, display, TypedPath.Join(TypedPath.ParentOf(content), "themes"));
            var missing = false;
            while (!stop.IsCancellationRequested)
            {
                WatchedChanges changes;
                try
                {
                    changes = await watcher.NextAsync(stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                // The folder itself went away (deleted, moved): keep serving the last build until one has its name again.
                if (!watcher.ContentExists)
                {
                    if (!missing) report.ContentFolderGone(display);
                    missing = true;
                    continue;
                }

                if (changes.ContentFolder) report.ContentFolderBack(display, replaced: !missing);
                missing = false;
                if (changes.LostTrack) folder.ReadAll();
                else folder.Refresh(changes.ContentPaths);
                Rebuild(session, folder, hub, report, drafts, () => watcher.HasPendingEdit);
            }
        }

        return RungsCommandLine.Success;
    }

    /// <summary>Rebuilds, tells the tabs (reload what changed, or show the errors), and reports each step in the terminal.</summary>
    /// <param name="newerEdits">
    /// Whether another edit is waiting: then the remaining steps wait too, so the page being edited is rebuilt first; the
    /// session keeps them and runs them after the next edit's own step.
    /// </param>
    private static void Rebuild(SiteSession session, LiveContentFolder folder, LiveReloadHub hub, Reporter report, bool drafts, Func<bool> newerEdits)
    {
        var step = session.Rebuild(folder.Sources() with { IncludeDrafts = drafts });
        report.Diagnostics(step.Diagnostics);
        if (step.HasErrors)
        {
            hub.Errors(step.Diagnostics.Where(d => d.Severity == Rungs.Diagnostics.Severity.Error));
            report.Rebuilt(step, "");
            return;
        }

        hub.Ok();
        if (step.ChangedOutput) hub.Reload([.. step.ChangedFiles, .. step.RemovedFiles]);
        report.Rebuilt(step, step.Full ? "built the whole site" : "rebuilt " + Describe(step.Groups));
        // Then what shows the edited documents elsewhere, and last the site pages and search index; each step reloads its pages.
        while (!newerEdits() && session.ContinueRebuild(newerEdits) is { } next)
        {
            if (next.Interrupted)
            {
                report.SitePagesPutOff(next);
                return;
            }

            report.Diagnostics(next.Diagnostics);
            if (next.HasErrors)
            {
                hub.Errors(next.Diagnostics.Where(d => d.Severity == Rungs.Diagnostics.Severity.Error));
                report.Rebuilt(next, "");
                return;
            }

            if (next.ChangedOutput) hub.Reload([.. next.ChangedFiles, .. next.RemovedFiles]);
            report.Rebuilt(next, next.Groups is [{ Kind: Rungs.Rendering.PageGroupKind.Site }]
                ? "  then site pages, search index and site files"
                : "  then pages that show it: " + Describe(next.Groups));
        }
    }

    private static string Describe(IReadOnlyList<Rungs.Rendering.PageGroup> groups) =>
        groups.Count switch
        {
            0 => "nothing",
            <= 3 => string.Join(", ", groups),
            _ => $"{groups.Count} page groups ({string.Join(", ", groups.Take(2))}, …)",
        };
}
