using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Rungs.Cli.Terminal;
using Rungs.Corpus;

namespace Rungs.Cli.Commands;

/// <summary>`rungs dev …`: tools for developing Rungs itself, such as `generate-corpus` for benchmarks and scale tests.</summary>
public static class DevCommand
{
    public static Command Create()
    {
        var command = new Command("dev", "Tools for developing Rungs (not needed to publish a site).");
        command.Subcommands.Add(GenerateCorpus());
        return command;
    }

    private static Command GenerateCorpus()
    {
        var classes = new Option<int>("--classes")
        {
            Description = $"How many classes to generate ({CorpusSpec.MinClasses}–{CorpusSpec.MaxClasses}); series, competencies, KSAs and job models scale with it.",
            Required = true,
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "The random seed; the same classes and seed give byte-identical files on any machine.",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write the content folder into (site.yml, series/, …). Must be empty or an earlier corpus.",
            Required = true,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace a corpus generated earlier in the --out folder.",
        };
        classes.Validators.Add(result =>
        {
            // Only a whole number is checked for range here; anything else already fails to parse with its own message.
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                && new CorpusSpec(n, 0).Problem is { } problem)
                result.AddError(problem);
        });

        var command = new Command("generate-corpus", "Write a synthetic, deterministic content folder of N classes for benchmarks and tests.");
        command.Options.Add(classes);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parsed =>
            Run(new CorpusSpec(parsed.GetValue(classes), parsed.GetValue(seed)), parsed.GetValue(output)!, parsed.GetValue(force)));
        return command;
    }

    private static int Run(CorpusSpec spec, string output, bool force)
    {
        var report = new Reporter();
        if (CorpusWriter.CheckTarget(output, force) is { } problem)
        {
            report.UsageError($"{output}: {problem.Message}");
            report.Hint(problem.Hint);
            return RungsCommandLine.ContentErrors;
        }

        var watch = Stopwatch.StartNew();
        var written = CorpusWriter.Write(output, spec, CorpusGenerator.Generate(spec));
        var invariant = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Format(invariant,
            "Generated {0} classes in {1} series ({2} files, {3:0.0} MB) into {4} in {5:0.00} s.",
            spec.Classes, spec.SeriesCount, written.Files, written.Bytes / (1024.0 * 1024.0), output, watch.Elapsed.TotalSeconds));
        return RungsCommandLine.Success;
    }
}
