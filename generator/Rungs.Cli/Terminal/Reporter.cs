using System.Globalization;
using Rungs.Diagnostics;
using Spectre.Console;

namespace Rungs.Cli.Terminal;

/// <summary>Everything rungs prints: diagnostics on stderr in the compiler format, summaries on stdout.</summary>
public sealed class Reporter
{
    private readonly IAnsiConsole _out = Create(Console.Out);
    private readonly IAnsiConsole _err = Create(Console.Error);

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

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var colour = d.Severity == Severity.Error ? "red" : "yellow";
            var label = d.Severity == Severity.Error ? "error" : "warning";
            _err.MarkupLine($"{Markup.Escape(d.Position.ToString())}: [{colour}]{label} {d.Code}[/]: {Markup.Escape(d.Message)}");
            if (d.Hint is not null) _err.MarkupLine($"    [grey]hint:[/] {Markup.Escape(d.Hint)}");
        }
    }

    /// <summary>Diagnostics as GitHub Actions workflow commands, one per line on standard output (where Actions reads them).</summary>
    public void Annotations(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Console.Out.WriteLine(GithubAnnotation.Of(d));
    }

    public void UsageError(string message) => _err.MarkupLine($"[red]error[/]: {Markup.Escape(message)}");

    public void Hint(string message) => _err.MarkupLine($"    [grey]hint:[/] {Markup.Escape(message)}");

    public void Failed(int errors, int warnings, string consequence) =>
        _err.MarkupLine($"[red]Failed[/] with {Plural(errors, "error")}{(warnings > 0 ? $" and {Plural(warnings, "warning")}" : "")}; {Markup.Escape(consequence)}.");

    public void Built(int pages, int files, string output, TimeSpan elapsed, int warnings) =>
        _out.MarkupLine($"[green]Built[/] {Plural(pages, "page")} ({Plural(files, "file")}) into {Markup.Escape(output)} in {Seconds(elapsed)}{(warnings > 0 ? $", with {Plural(warnings, "warning")}" : "")}.");

    public void Checked(int files, int warnings) =>
        _out.MarkupLine($"[green]Checked[/] {Plural(files, "file")}: no errors{(warnings > 0 ? $", {Plural(warnings, "warning")}" : "")}.");

    public void Timings(IEnumerable<Rungs.Pipeline.StageTiming> timings)
    {
        foreach (var t in timings)
            _out.MarkupLine($"  {Markup.Escape(t.Stage),-14} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),8} ms");
    }

    private static string Plural(int n, string word) => $"{n.ToString(CultureInfo.InvariantCulture)} {word}{(n == 1 ? "" : "s")}";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
