using System.CommandLine;
using System.Text;
using Rungs.Cli.Terminal;
using Rungs.Scaffolding;

namespace Rungs.Cli.Commands;

/// <summary>
/// `rungs new series|class|competency`: writes a new spec file with commented front matter and the known sections
/// (Scaffolding/SpecScaffold), never over an existing file. Exit 0 written; 1 the file exists or the series is missing;
/// 2 a bad slug, title or level (NewArguments).
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Start a new spec file: a series, a class or a competency, with commented front matter and the known sections.");
        command.Subcommands.Add(Series());
        command.Subcommands.Add(Class());
        command.Subcommands.Add(Competency());
        return command;
    }

    private static Option<string> ContentOption() => new("--content")
    {
        Description = "The folder holding site.yml.",
        DefaultValueFactory = _ => "content",
    };

    private static Option<string?> TitleOption()
    {
        var title = new Option<string?>("--title") { Description = "The title (one line); the slug in title case when left out." };
        title.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && NewArguments.TitleProblem(text) is { } problem) result.AddError(problem);
        });
        return title;
    }

    private static Argument<string> SlugArgument(string name, string description) => new(name) { Description = description };

    private static Command Series()
    {
        var slug = SlugArgument("slug", "The series' slug: its folder name under series/ (e.g. customer-service).");
        var content = ContentOption();
        var title = TitleOption();
        var command = new Command("series", "Write series/<slug>/_series.md.") { slug, content, title };
        command.SetAction(parsed =>
        {
            var s = parsed.GetValue(slug)!;
            if (!CheckSlug(s, "series")) return RungsCommandLine.UsageError;
            return Write(parsed.GetValue(content)!, SpecScaffold.SeriesPath(s), SpecScaffold.Series(s, parsed.GetValue(title)));
        });
        return command;
    }

    private static Command Class()
    {
        var series = SlugArgument("series", "The slug of the series the class is a level of; the series must exist.");
        var slug = SlugArgument("slug", "The class's slug: its file name without .md, unique across the site.");
        var level = new Option<int>("--level")
        {
            Description = $"The level in the series: 1 = entry level, then 2, 3… with no gap (at most {NewArguments.MaxLevel}).",
            Required = true,
        };
        var content = ContentOption();
        var title = TitleOption();
        var command = new Command("class", "Write series/<series>/<slug>.md, one level of an existing series.") { series, slug, level, content, title };
        command.SetAction(parsed =>
        {
            var (seriesSlug, s, n, folder) = (parsed.GetValue(series)!, parsed.GetValue(slug)!, parsed.GetValue(level), parsed.GetValue(content)!);
            if (!CheckSlug(seriesSlug, "series") || !CheckSlug(s, "class")) return RungsCommandLine.UsageError;
            var report = new Reporter();
            if (NewArguments.LevelProblem(n) is { } problem)
            {
                report.UsageError(problem);
                report.Hint("levels run 1, 2, 3… from the entry level");
                return RungsCommandLine.UsageError;
            }

            if (!File.Exists(FullPath(folder, SpecScaffold.SeriesPath(seriesSlug))))
            {
                report.UsageError($"there is no series `{seriesSlug}`: {FullPath(folder, SpecScaffold.SeriesPath(seriesSlug))} does not exist");
                report.Hint($"run `rungs new series {seriesSlug}` first");
                return RungsCommandLine.ContentErrors;
            }

            return Write(folder, SpecScaffold.ClassPath(seriesSlug, s), SpecScaffold.Class(seriesSlug, s, n, parsed.GetValue(title)));
        });
        return command;
    }

    private static Command Competency()
    {
        var slug = SlugArgument("slug", "The competency's slug: its file name without .md (e.g. communication).");
        var content = ContentOption();
        var title = TitleOption();
        var command = new Command("competency", "Write competencies/<slug>.md.") { slug, content, title };
        command.SetAction(parsed =>
        {
            var s = parsed.GetValue(slug)!;
            if (!CheckSlug(s, "competency")) return RungsCommandLine.UsageError;
            return Write(parsed.GetValue(content)!, SpecScaffold.CompetencyPath(s), SpecScaffold.Competency(s, parsed.GetValue(title)));
        });
        return command;
    }

    private static bool CheckSlug(string slug, string kind)
    {
        if (NewArguments.SlugProblem(slug, kind) is not { } problem) return true;
        var report = new Reporter();
        report.UsageError(problem.Message);
        report.Hint(problem.Hint);
        return false;
    }

    private static string FullPath(string content, string relative) => Path.Combine([content, .. relative.Split('/')]);

    private static int Write(string content, string relative, string text)
    {
        var path = FullPath(content, relative);
        if (!File.Exists(Path.Combine(content, "site.yml")))
        {
            var report = new Reporter();
            report.UsageError($"{content} is not a content folder: it has no site.yml");
            report.Hint("run the command from the site's root, or name the content folder with --content DIR");
            return RungsCommandLine.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            // CreateNew refuses an existing file, so a spec is never overwritten, even by a race.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            var report = new Reporter();
            report.UsageError($"{path} already exists; it was left as it is");
            report.Hint("choose another slug, or edit the existing file");
            return RungsCommandLine.ContentErrors;
        }

        Console.Out.WriteLine($"Wrote {path}");
        return RungsCommandLine.Success;
    }
}
