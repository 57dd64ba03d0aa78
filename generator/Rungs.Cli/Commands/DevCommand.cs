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

        var shape = new Option<string>("--shape")
        {
            Description = "A named shape of plan: default (the reference benchmark), prose (long summaries of several 8-sentence paragraphs) "
                          + "or lists (20 duties and abilities, 8 competencies and 16 KSAs per class). The options below override it.",
            DefaultValueFactory = _ => "default",
        };
        shape.AcceptOnlyFromAmong([.. CorpusShape.Presets.Keys]);
        var proseShare = new Option<double?>("--prose-share") { Description = "Share (0–1) of classes whose summary gets 2–4 extra prose paragraphs (default 0; prose: 1)." };
        var paragraphSentences = new Option<int?>("--paragraph-sentences") { Description = "Sentences per extra prose paragraph, 1–40 (default 4; prose: 8)." };
        var listItems = new Option<int?>("--list-items") { Description = "Items in every duty list and ability list, 3–60 (default: 5–12 duties, 4–8 abilities; lists: 20)." };
        var competencies = new Option<int?>("--competencies-per-class") { Description = "Competencies every class lists, 1–60 (default: 3–8 rising with the level; lists: 8)." };
        var ksas = new Option<int?>("--ksas-per-class") { Description = "KSAs every class lists, 1–80 (default: 5–12 rising with the level; lists: 16)." };
        var levels = new Option<int?>("--levels-per-series") { Description = "Levels in every series, 2–6 (default: a mix of 2–6 averaging 3.97)." };
        var comparisonShare = new Option<double?>("--comparison-share") { Description = "Share (0–1) of classes compared with other classes in a Distinguishing Characteristics section (default 0.25)." };

        var command = new Command("generate-corpus", "Write a synthetic, deterministic content folder of N classes for benchmarks and tests.");
        command.Options.Add(classes);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(force);
        Option[] knobs = [shape, proseShare, paragraphSentences, listItems, competencies, ksas, levels, comparisonShare];
        foreach (var knob in knobs) command.Options.Add(knob);
        command.SetAction(parsed =>
        {
            var preset = CorpusShape.Presets[parsed.GetValue(shape)!];
            var chosen = preset with
            {
                ProseShare = parsed.GetValue(proseShare) ?? preset.ProseShare,
                ParagraphSentences = parsed.GetValue(paragraphSentences) ?? preset.ParagraphSentences,
                ListItems = parsed.GetValue(listItems) ?? preset.ListItems,
                CompetenciesPerClass = parsed.GetValue(competencies) ?? preset.CompetenciesPerClass,
                KsasPerClass = parsed.GetValue(ksas) ?? preset.KsasPerClass,
                LevelsPerSeries = parsed.GetValue(levels) ?? preset.LevelsPerSeries,
                ComparisonShare = parsed.GetValue(comparisonShare) ?? preset.ComparisonShare,
            };
            return Run(new CorpusSpec(parsed.GetValue(classes), parsed.GetValue(seed)) { Shape = chosen }, parsed.GetValue(output)!, parsed.GetValue(force));
        });
        return command;
    }

    private static int Run(CorpusSpec spec, string output, bool force)
    {
        var report = new Reporter();
        if (spec.Shape.Problem is { } shapeProblem)
        {
            report.UsageError(shapeProblem);
            return RungsCommandLine.ContentErrors;
        }

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
