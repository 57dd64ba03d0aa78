using System.CommandLine;
using System.Text;
using Rungs.Cli.Terminal;
using Rungs.Review;

namespace Rungs.Cli.Commands;

/// <summary>
/// `rungs diff BASE [HEAD]`: what changed between two revisions (or content folders) of the specs, in the specs' terms.
/// Exit 0 whether or not anything changed; 2 for a usage error (a bad revision, an unknown format); 1 when no report can
/// be produced (git missing or failing, the output file not writable). See docs/diff.md.
/// </summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var baseArgument = new Argument<string>("BASE")
        {
            Description = "The older side: a git revision (branch, tag, commit) of the repository holding the content, or a content folder.",
        };
        var headArgument = new Argument<string?>("HEAD")
        {
            Description = "The newer side, like BASE; the content folder as it is on disk (the working tree) when left out.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var content = new Option<string>("--content")
        {
            Description = "The content folder in the working tree; its path inside the repository is what revisions are read from.",
            DefaultValueFactory = _ => "content",
        };
        var format = new Option<string>("--format")
        {
            Description = "`markdown` (default; fits a pull-request comment), `json` (schema rungs.diff/1) or `html` (a standalone page).",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong([.. ReportWriter.Names]);
        var output = new Option<string?>("--output")
        {
            Description = "Write the report to this file instead of standard output.",
        };

        var command = new Command("diff",
            "Report what changed between two revisions of the specs: fields, list items and sections, high-impact changes first. "
            + "Exits 0 whether or not anything changed (see docs/diff.md).");
        command.Arguments.Add(baseArgument);
        command.Arguments.Add(headArgument);
        command.Options.Add(content);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parsed => Run(
            parsed.GetValue(baseArgument)!,
            parsed.GetValue(headArgument),
            parsed.GetValue(content)!,
            ReportWriter.Parse(parsed.GetValue(format)!),
            parsed.GetValue(output)));
        return command;
    }

    private static int Run(string @base, string? head, string content, ReportFormat format, string? output)
    {
        var report = new Reporter();
        DiffReport diff;
        try
        {
            var inputs = new RevisionContent(content, Environment.CurrentDirectory);
            var baseSide = inputs.Resolve(@base);
            var headSide = head is null ? inputs.WorkingTree() : inputs.Resolve(head);
            diff = DiffReport.Create(baseSide, headSide, inputs.ContentPathInRepository);
        }
        catch (ReviewInputException e)
        {
            report.UsageError(e.Message);
            if (e.Hint is not null) report.Hint(e.Hint);
            return e.IsUsage ? RungsCommandLine.UsageError : RungsCommandLine.ContentErrors;
        }

        foreach (var (role, side) in new[] { ("base", diff.Base), ("head", diff.Head) })
        {
            if (side.Errors > 0)
                Console.Error.WriteLine($"warning: the {role} has {ReviewText.Problems(side)}; the report lists them and compares what could be read.");
        }

        var text = ReportWriter.Write(diff, format);
        if (output is null)
        {
            Console.Out.Write(text);
            Console.Out.Flush();
            return RungsCommandLine.Success;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(output, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var impact = diff.HighImpact.Count;
        Console.Out.WriteLine($"Wrote the diff to {output}: {ReviewText.Summary(diff)}"
                              + (impact > 0 ? $" ({ReviewText.Plural(impact, "high-impact change", "high-impact changes")})." : "."));
        return RungsCommandLine.Success;
    }
}
