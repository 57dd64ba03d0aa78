using System.Globalization;
using Rungs.Diagnostics;
using Spectre.Console;

namespace Rungs.Cli.Terminal;

/// <summary>How much rungs prints besides diagnostics.</summary>
public enum Verbosity
{
    /// <summary>Only errors and warnings (and the one-line failure summary on stderr); no summary, notes or progress.</summary>
    Quiet,
    Normal,
    /// <summary>Also what the site holds and each stage's time.</summary>
    Verbose,
}

/// <summary>Everything rungs prints: diagnostics on stderr in the compiler format, summaries on stdout.</summary>
public sealed class Reporter(Verbosity verbosity, TextWriter output, TextWriter errors)
{
    /// <summary>A reporter on the process's standard output and error.</summary>
    public Reporter(Verbosity verbosity = Verbosity.Normal) : this(verbosity, Console.Out, Console.Error)
    {
    }

    private readonly IAnsiConsole _out = Create(output);
    private readonly IAnsiConsole _err = Create(errors);

    public Verbosity Verbosity { get; } = verbosity;

    /// <summary>How long a build runs before the progress display appears; `RUNGS_PROGRESS_DELAY_MS` changes it (for tests).</summary>
    private static TimeSpan ProgressDelay =>
        int.TryParse(Environment.GetEnvironmentVariable("RUNGS_PROGRESS_DELAY_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.FromSeconds(1);

    /// <summary>
    /// The progress display is for a person watching a terminal: never when either output is redirected (pipes, files,
    /// CI logs, tests), when colours and cursor control are off (NO_COLOR), or with --quiet.
    /// </summary>
    public bool ShowsProgress =>
        Verbosity != Verbosity.Quiet && !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && _out.Profile.Capabilities.Ansi && _out.Profile.Capabilities.Interactive;

    // Colours only for a person at a terminal: never when redirected or when NO_COLOR is set.
    private static IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
        Out = new AnsiConsoleOutput(writer),
        Ansi = Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 } || Console.IsOutputRedirected || Console.IsErrorRedirected
            ? AnsiSupport.No
            : AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        });
        // A diagnostic stays on one line whatever the terminal width, so editors and CI can parse `path(line,col)`.
        console.Profile.Width = 4096;
        return console;
    }

    /// <summary>
    /// How many diagnostics are printed: a content folder with thousands of mistakes (a bad merge, a generated folder)
    /// would bury the first ones, which usually explain the rest. The summary line still counts them all.
    /// </summary>
    public const int MaxShown = 200;

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        foreach (var d in list.Take(MaxShown))
        {
            var colour = d.Severity == Severity.Error ? "red" : "yellow";
            var label = d.Severity == Severity.Error ? "error" : "warning";
            _err.MarkupLine($"{Shown(d.Position.ToString())}: [{colour}]{label} {d.Code}[/]: {Shown(d.Message)}");
            if (d.Hint is not null) _err.MarkupLine($"    [grey]hint:[/] {Shown(d.Hint)}");
        }

        if (NotShown(list) is { } more) _err.MarkupLine(Markup.Escape(more));
    }

    /// <summary>Diagnostics as GitHub Actions workflow commands, one per line on standard output (where Actions reads them).</summary>
    public void Annotations(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        foreach (var d in list.Take(MaxShown)) output.WriteLine(GithubAnnotation.Of(d));
        if (NotShown(list) is { } more) output.WriteLine(more);
    }

    /// <summary>"… and 100 more errors" for what is past <see cref="MaxShown"/>, or null when everything was shown.</summary>
    private static string? NotShown(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count <= MaxShown) return null;
        var rest = diagnostics.Skip(MaxShown).ToList();
        var errors = rest.Count(d => d.Severity == Severity.Error);
        var warnings = rest.Count - errors;
        var parts = new[] { errors > 0 ? Plural(errors, "more error") : null, warnings > 0 ? Plural(warnings, "more warning") : null };
        return "… and " + string.Join(" and ", parts.OfType<string>());
    }

    public void UsageError(string message) => _err.MarkupLine($"[red]error[/]: {Shown(message)}");

    public void Hint(string message) => _err.MarkupLine($"    [grey]hint:[/] {Shown(message)}");

    public void Failed(int errors, int warnings, string consequence) =>
        _err.MarkupLine($"[red]Failed[/] with {Plural(errors, "error")}{(warnings > 0 ? $" and {Plural(warnings, "warning")}" : "")}; {Shown(consequence)}.");

    /// <summary>
    /// A value as printed: control characters, line breaks and bidirectional overrides as visible escapes
    /// (<see cref="TerminalText"/>), and Spectre's markup brackets as text.
    /// </summary>
    private static string Shown(string value) => Markup.Escape(TerminalText.Escape(value));

    /// <summary>
    /// Runs <paramref name="work"/>, telling it a callback for each stage it starts. When the work takes longer than a
    /// second and <see cref="ShowsProgress"/>, a spinner shows the running stage until it ends; otherwise nothing is shown.
    /// </summary>
    public T Progress<T>(Func<Action<string>, T> work)
    {
        if (!ShowsProgress) return work(_ => { });
        var current = "starting";
        var task = Task.Run(() => work(stage => Volatile.Write(ref current, stage)));
        if (!task.Wait(ProgressDelay))
        {
            _out.Status().Spinner(Spinner.Known.Dots).SpinnerStyle(new Style(Color.Blue))
                .Start($"Building: {Markup.Escape(Volatile.Read(ref current))}", context =>
                {
                    while (!task.Wait(TimeSpan.FromMilliseconds(80)))
                        context.Status($"Building: {Markup.Escape(Volatile.Read(ref current))}");
                });
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>With --verbose: what the site holds.</summary>
    public void Counts(Rungs.Linking.SiteModel? site)
    {
        if (Verbosity != Verbosity.Verbose || site is null) return;
        _out.MarkupLine(Markup.Escape($"  {Plural(site.Series.Count, "series", "series")}, {Plural(site.Classes.Count(), "class", "classes")}, "
            + $"{Plural(site.Competencies.Count, "competency", "competencies")}, {Plural(site.Ksas.Count, "KSA")}, {Plural(site.JobModels.Count, "job model")}"));
    }

    public void Built(int pages, int files, string output, TimeSpan elapsed, int warnings)
    {
        if (Verbosity == Verbosity.Quiet) return;
        _out.MarkupLine($"[green]Built[/] {Plural(pages, "page")} ({Plural(files, "file")}) into {Shown(output)} in {Seconds(elapsed)}{(warnings > 0 ? $", with {Plural(warnings, "warning")}" : "")}.");
    }

    /// <summary>`rungs serve` is up: where, and what it watches.</summary>
    public void Serving(Uri address, string content, string themes)
    {
        if (Verbosity == Verbosity.Quiet) return;
        _out.MarkupLine($"[green]Serving[/] {Shown(content)} at [link]{Markup.Escape(address.ToString())}[/]");
        _out.MarkupLine($"  watching {Shown(content)} and {Shown(themes)}; press Ctrl+C to stop.");
    }

    /// <summary>`rungs serve`'s content folder was deleted or moved away; the last build stays served.</summary>
    public void ContentFolderGone(string content) =>
        _err.MarkupLine(Markup.Escape($"{Clock()} {content} was removed or moved away: still serving the last build, and watching for a folder named {content} again."));

    /// <summary>`rungs serve`'s content folder has its name again: <paramref name="replaced"/> when it was swapped without being missing in between.</summary>
    public void ContentFolderBack(string content, bool replaced)
    {
        if (Verbosity == Verbosity.Quiet) return;
        _out.MarkupLine(Markup.Escape($"{Clock()} {content} {(replaced ? "was replaced" : "is back")}: reading it again and watching it."));
    }

    private static string Clock() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The site pages' step stopped for a newer edit; it runs again after that edit's own pages.</summary>
    public void SitePagesPutOff(Rungs.Incremental.RebuildReport report)
    {
        if (Verbosity == Verbosity.Quiet) return;
        var took = report.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
        _out.MarkupLine(Markup.Escape($"{Clock()}   site pages, search index and site files put off after {took}: a newer edit came first"));
    }

    /// <summary>One step of a dev-server rebuild: what changed, what was rebuilt, how long it took.</summary>
    public void Rebuilt(Rungs.Incremental.RebuildReport report, string what)
    {
        if (Verbosity == Verbosity.Quiet && !report.HasErrors) return;
        var time = Clock();
        var took = report.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
        var changedContent = report.Full && report.ChangedContent.Count > 1 ? "" : report.ChangedContent.Count switch
        {
            0 => "",
            1 => TerminalText.Escape(report.ChangedContent[0]) + " changed: ",
            var n => $"{Plural(n, "file")} changed: ",
        };
        if (report.HasErrors)
        {
            var errors = report.Diagnostics.Count(d => d.Severity == Severity.Error);
            _err.MarkupLine($"{time} {Markup.Escape(changedContent)}[red]{Plural(errors, "error")}[/]; still serving the last good build (shown in the browser too).");
            return;
        }

        var files = report.ChangedFiles.Count + report.RemovedFiles.Count;
        _out.MarkupLine(Markup.Escape($"{time} {changedContent}{what}: {Plural(report.PagesRendered, "page")} rendered, {Plural(files, "file")} changed, in {took}"));
        if (Verbosity == Verbosity.Verbose && report.Groups.Count > 0)
            _out.MarkupLine(Markup.Escape("  groups: " + string.Join(", ", report.Groups.Take(12))
                + (report.Groups.Count > 12 ? $" and {report.Groups.Count - 12} more" : "")));
        if (Verbosity == Verbosity.Verbose && report.Timings.Count > 0)
            _out.MarkupLine(Markup.Escape("  " + string.Join(", ", report.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"))));
    }

    /// <summary>`rungs build` found nothing changed since the build in the output folder.</summary>
    public void UpToDate(string output, TimeSpan elapsed, int warnings)
    {
        if (Verbosity == Verbosity.Quiet) return;
        _out.MarkupLine($"[green]Up to date[/]: nothing changed since the last build of {Shown(output)} ({Seconds(elapsed)}{(warnings > 0 ? $", {Plural(warnings, "warning")}" : "")}; --force rebuilds).");
    }

    public void Checked(int files, int warnings)
    {
        if (Verbosity == Verbosity.Quiet) return;
        _out.MarkupLine($"[green]Checked[/] {Plural(files, "file")}: no errors{(warnings > 0 ? $", {Plural(warnings, "warning")}" : "")}.");
    }

    public void Timings(IEnumerable<Rungs.Diagnostics.StageTiming> timings)
    {
        foreach (var t in timings)
            _out.MarkupLine($"  {Markup.Escape(t.Stage),-26} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),8} ms"
                + (t.Allocated is { } bytes ? $" {(bytes / 1e6).ToString("#,0", CultureInfo.InvariantCulture),8} MB allocated" : ""));
    }

    private static string Plural(int n, string word) => $"{n.ToString(CultureInfo.InvariantCulture)} {word}{(n == 1 ? "" : "s")}";

    private static string Plural(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
