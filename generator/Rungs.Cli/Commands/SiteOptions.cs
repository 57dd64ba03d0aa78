using System.CommandLine;
using Rungs.History;
using Rungs.Input;

namespace Rungs.Cli.Commands;

/// <summary>The options shared by commands that read a site, and where they point on disk.</summary>
public sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content")
    {
        Description = "The content folder (holds site.yml, series/, competencies/, …).",
        DefaultValueFactory = _ => "content",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The absolute URL the site is published at (overrides base_url in site.yml); used by sitemap.xml and canonical links.",
    };

    public Option<bool> WarningsAsErrors { get; } = new("--warnings-as-errors")
    {
        Description = "Fail (exit 1) on warnings too; CI uses this so that no diagnostic goes unnoticed.",
    };

    public Option<int> HistoryCommits { get; } = new("--history-commits")
    {
        Description = "How many of the newest commits that touch the content to read for page history (0: no history).",
        DefaultValueFactory = _ => Rungs.History.ReadHistory.DefaultMaxCommits,
    };

    public Option<string?> Today { get; } = new("--today")
    {
        Description = "The date (YYYY-MM-DD) the effective-date lint compares with; default: today (UTC).",
    };

    public SiteOptions()
    {
        Today.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && ParseDate(value) is null)
                result.AddError($"--today must be a date written YYYY-MM-DD, not \"{value}\"");
        });
        HistoryCommits.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError("--history-commits must be 0 or more");
        });
        BaseUrl.Validators.Add(result =>
        {
            if (BaseUrlProblem(result.GetValueOrDefault<string?>()) is { } problem) result.AddError(problem);
        });
    }

    /// <summary>Why a --base-url value is refused (a usage error), or null; an empty value (an unset CI variable) means "not given".</summary>
    public static string? BaseUrlProblem(string? value) =>
        value is { Length: > 0 } && value.Trim().Length > 0 && Rungs.Content.BaseUrl.TryParse(value.Trim(), out var problem) is null
            ? $"--base-url {problem}, not \"{value.Trim()}\""
            : null;
    /// <summary>`--drafts`: build drafts too (deploy previews); without it a draft is not part of the site.</summary>
    public static Option<bool> DraftsOption() => new("--drafts")
    {
        Description = "Also build drafts (`status: draft`), each with a \"Draft — not in force\" banner and noindex; for previews, never for the published site.",
    };

    public Option<bool> Drafts { get; } = DraftsOption();

    public Option<bool> Timings { get; } = new("--timings")
    {
        Description = "Print how long each stage of the build took.",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors and warnings: no summary, notes or progress.",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Also print what the site holds (series, classes, …) and each stage's time.",
    };

    /// <summary>The reporter for the --quiet/--verbose given (they cannot be combined: a usage error).</summary>
    public Terminal.Reporter Reporter(ParseResult parsed) => new(
        parsed.GetValue(Quiet) ? Terminal.Verbosity.Quiet : parsed.GetValue(Verbose) ? Terminal.Verbosity.Verbose : Terminal.Verbosity.Normal);

    /// <summary>Whether to print each stage's time: --timings or --verbose.</summary>
    public bool ShowsTimings(ParseResult parsed) => parsed.GetValue(Timings) || parsed.GetValue(Verbose);

    public void AddTo(Command command)
    {
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Quiet) && result.GetValue(Verbose)) result.AddError("--quiet and --verbose cannot be used together");
        });
        command.Options.Add(Timings);
        command.Options.Add(Content);
        command.Options.Add(BaseUrl);
        command.Options.Add(WarningsAsErrors);
        command.Options.Add(HistoryCommits);
        command.Options.Add(Drafts);
        command.Options.Add(Today);
    }

    /// <summary>The date the lints take as today: --today, else the date in UTC (the only thing a build reads from the clock; UTC, so that machines in every time zone agree).</summary>
    public DateOnly TodayOf(ParseResult parsed) =>
        parsed.GetValue(Today) is { } value && ParseDate(value) is { } date ? date : DateOnly.FromDateTime(DateTime.UtcNow);

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// Reads the content folder's git history (the edge of page history) and prints a note when it is missing or
    /// incomplete. Never fails: a folder without git is built without history.
    /// </summary>
    /// <param name="github">Print the note as a GitHub Actions notice (`check --format github`), not as plain text.</param>
    public HistoryLog ReadHistory(ParseResult parsed, string content, bool github = false)
    {
        var history = ReadHistoryOnly(parsed, content);
        PrintHistoryNote(parsed, history, github);
        return history;
    }

    /// <summary>Reads the history without printing its note (for use under a progress display; print it afterwards).</summary>
    public HistoryLog ReadHistoryOnly(ParseResult parsed, string content) =>
        Rungs.History.ReadHistory.Read(Path.GetFullPath(content), parsed.GetValue(HistoryCommits));

    /// <summary>Prints the history's note, if any, on stdout; not with --quiet.</summary>
    public void PrintHistoryNote(ParseResult parsed, HistoryLog history, bool github = false)
    {
        if (history.Note is { } note && !parsed.GetValue(Quiet))
            Console.Out.WriteLine(github ? Rungs.Diagnostics.GithubAnnotation.Notice("history", note) : Rungs.Diagnostics.TerminalText.Escape(note));
    }

    /// <summary>The --base-url value (validated when the command line was parsed), with an empty value (an unset CI variable) meaning "not given".</summary>
    public Rungs.Content.BaseUrl? BaseUrlOf(ParseResult parsed) => ParseBaseUrl(parsed.GetValue(BaseUrl));

    /// <summary>A --base-url value that passed <see cref="BaseUrlProblem"/>, with an empty value meaning "not given".</summary>
    public static Rungs.Content.BaseUrl? ParseBaseUrl(string? value) =>
        value is { Length: > 0 } url && url.Trim().Length > 0 ? Rungs.Content.BaseUrl.Parse(url.Trim()) : null;

    /// <summary>Whether a build with these diagnostics fails.</summary>
    public bool Fails(ParseResult parsed, Rungs.Pipeline.BuildResult result) =>
        result.HasErrors || (parsed.GetValue(WarningsAsErrors) && result.WarningCount > 0);

    /// <summary>Reads the content folder and finds the themes: built-in ones beside the binary, the site's own beside the content folder.</summary>
    public static (ContentSources Sources, DiskThemeSource Themes) Load(string content, bool drafts = false) => (ReadContent(content, drafts), Themes(content).Source);

    /// <summary>Reads the content folder, naming it in diagnostics as <see cref="DisplayPath"/> does; drafts are built only when <paramref name="drafts"/>.</summary>
    public static ContentSources ReadContent(string content, bool drafts = false) =>
        ContentReader.Read(Path.GetFullPath(content), DisplayPath(content)) with { IncludeDrafts = drafts };

    /// <summary>
    /// The content folder as diagnostics show it: as the user typed it (docs/content-model.md, "Where diagnostics point"),
    /// so `--content ../x/content` prints `../x/content/…` and an absolute folder prints absolute paths.
    /// </summary>
    public static string DisplayPath(string content) => TypedPath.Clean(content);

    /// <summary>The themes: built-in ones beside the binary, overlaid by the site's own `themes/` folder beside the content folder.</summary>
    public static (DiskThemeSource Source, string SiteThemes) Themes(string content)
    {
        var full = Path.GetFullPath(content);
        var siteRoot = Path.GetDirectoryName(full.TrimEnd('/', '\\')) ?? full;
        var siteThemes = Path.Combine(siteRoot, "themes");
        // The site's themes are named from the content folder's parent as typed; the built-in ones by their full path.
        return (new DiskThemeSource(Path.Combine(AppContext.BaseDirectory, "themes"), siteThemes, new DisplayBase(siteRoot, TypedPath.ParentOf(content))), siteThemes);
    }
}
