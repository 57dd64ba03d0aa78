using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Ladders;
using Rungs.Parsing;
using Rungs.Tests.Support;
using static Rungs.Tests.Comparison.DiffNotation;

namespace Rungs.Tests.Comparison;

/// <summary>
/// The compare page's script (themes/default/assets/compare.js) ports the C# diff engine so it can compare any two classes
/// in the browser. Both must say the same about the same input, so each test feeds identical inputs to C# and, through
/// Node, to the script's exported pure functions, and compares the results: rows, positions, word segments, and
/// similarities to 1e-9.
/// </summary>
public sealed class JsPortTests
{
    [Fact]
    public void List_diffs_agree_on_every_case_of_the_list_diff_table()
    {
        var method = typeof(ListDiffTableTests).GetMethod(nameof(ListDiffTableTests.Lists_compare_as_in_the_table))!;
        var cases = method.GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(a => a.GetData(method))
            .Select(row => new ListCase((string)row[0], Items((string)row[1]), Items((string)row[2])))
            .ToList();
        Assert.True(cases.Count >= 30, $"expected the table's rows, found {cases.Count}");

        // The table's other cases: thresholds, numbering kept as words, and one list with every kind of row.
        cases.AddRange(new[] { 1.0, 0.67, 0.66, 0.0 }.Select(t => new ListCase($"threshold {t}", ["files red forms"], ["files green forms"], t)));
        cases.Add(new ListCase("no shared word at threshold 0", ["balances cash"], ["greets visitors"], 0.0));
        cases.Add(new ListCase("numbers are words", ["2 years of experience", "1.5 years of study"], ["3 years of experience", "2.5 years of study"]));
        cases.Add(new ListCase("every kind of row",
            ["1. files records", "2. greets visitors", "3. answers phone calls from clients", "4. orders supplies"],
            ["1. orders supplies", "2. files records", "3. answers phone calls from all clients", "4. balances cash"]));

        AssertListsAgree(cases);
    }

    [Fact]
    public void List_diffs_agree_on_the_rewording_patterns_of_other_employers()
    {
        var cases = RewordingPatternsTests.Rewordings.Concat(RewordingPatternsTests.DifferentDuties)
            .Select(row => new ListCase($"{row[0]} → {row[1]}", [(string)row[0]], [(string)row[1]]))
            .ToList();
        // All at once, as a trainee level's list against the journey level's.
        cases.Add(new ListCase("trainee list", cases.Select(c => c.Before[0]).ToList(), cases.Select(c => c.After[0]).Reverse().ToList()));

        AssertListsAgree(cases);
    }

    [Fact]
    public void List_diffs_agree_on_the_duties_of_the_customer_service_levels()
    {
        string[] slugs = ["customer-service-assistant", "customer-service-representative", "customer-service-specialist"];
        var duties = slugs.ToDictionary(s => s, s => Duties(Spec(s)));
        Assert.All(duties, d => Assert.True(d.Value.Count >= 9, $"{d.Key} has only {d.Value.Count} duties"));

        var cases = (from a in slugs from b in slugs where a != b select new ListCase($"{a} → {b}", duties[a], duties[b])).ToList();

        AssertListsAgree(cases);
    }

    [Fact]
    public void Word_diffs_agree_including_unusual_spacing_punctuation_casing_and_very_long_texts()
    {
        string[][] pairs =
        [
            ["responds to routine inquiries from clients", "responds to complex inquiries (e.g., those involve approval from higher level personnel)"],
            ["", "files records"],
            ["files records", ""],
            ["Files  Records.", "files records"],
            ["files\u00A0records\u2003now", "files records now"],
            ["files\u0085records", "files records"],
            ["files\uFEFFrecords", "files records"],
            ["reviews «quoted» items – and “more”", "reviews quoted items and more"],
            ["ΣΊΣΥΦΟΣ works", "σίσυφος works"],
            ["İstanbul office", "istanbul office"],
            ["STRASSE straße", "strasse STRASSE"],
            ["answers 📞 calls", "answers 📞 calls 📠"],
            ["a – b & c", "a - b and c"],
            [LongText(1, 2600), LongText(2, 2600)],
        ];

        var input = pairs.Select(p => new JsonObject { ["op"] = "words", ["before"] = p[0], ["after"] = p[1] }).ToArray();
        var output = JsPort.Run(input);

        for (var k = 0; k < pairs.Length; k++)
        {
            Assert.True(Show(WordDiff.Compare(pairs[k][0], pairs[k][1])) == ShowWords(output[k]!),
                $"word diff {k} ({Abbreviate(pairs[k][0])} → {Abbreviate(pairs[k][1])})\nC#: {Show(WordDiff.Compare(pairs[k][0], pairs[k][1]))}\nJS: {ShowWords(output[k]!)}");
        }
    }

    [Fact]
    public void List_diffs_agree_on_long_lists_where_the_candidate_limit_is_in_force()
    {
        var random = new Random(23);
        var cases = new[] { 150, 240, 400 }.Select(size =>
        {
            var (before, after) = RealisticLists.Revision(random, size);
            return new ListCase($"{size} items", before, after);
        }).ToList();
        Assert.All(cases, c => Assert.True(c.After.Count > 2 * WordIndex.CandidateLimit));

        AssertListsAgree(cases);
    }

    [Fact]
    public void Word_diffs_agree_beyond_the_work_limit_cut_at_unique_words_or_halved()
    {
        // 9,000 words a side is 81M cells, over the 64M limit: unique words are cut at, a small vocabulary is halved.
        var unique = Enumerable.Range(0, 9000).Select(k => $"u{k}").ToArray();
        var random = new Random(29);
        var reordered = unique.Select((word, k) => k % 97 == 0 ? $"new{k}" : word).OrderBy(_ => random.Next(50)).Where((_, k) => k % 89 != 0);
        string[][] pairs =
        [
            [string.Join(' ', unique), string.Join(' ', reordered)],
            [LongText(3, 9000), LongText(4, 9000)],
        ];
        Assert.All(pairs, p => Assert.True((long)p[0].Split(' ').Length * p[1].Split(' ').Length > Lcs.DefaultWorkLimit));

        var output = JsPort.Run(pairs.Select(p => new JsonObject { ["op"] = "words", ["before"] = p[0], ["after"] = p[1] }).ToArray());

        for (var k = 0; k < pairs.Length; k++)
        {
            Assert.True(Show(WordDiff.Compare(pairs[k][0], pairs[k][1])) == ShowWords(output[k]!), $"word diff {k} differs between C# and JS");
        }
    }

    [Fact]
    public void Similarities_agree_for_every_pair_of_sample_duties()
    {
        var all = new[] { "customer-service-assistant", "customer-service-representative", "customer-service-specialist" }
            .SelectMany(s => Duties(Spec(s))).Distinct().ToList();
        var pairs = (from a in all from b in all select (a, b)).ToList();
        pairs.Add(("", ""));
        pairs.Add(("files", ""));

        var output = JsPort.Run(pairs.Select(p => new JsonObject { ["op"] = "similarity", ["a"] = p.a, ["b"] = p.b, ["stems"] = Stems([p.a, p.b]) }).ToArray());

        for (var k = 0; k < pairs.Count; k++)
        {
            var expected = WordDiff.Similarity(pairs[k].a, pairs[k].b);
            var actual = output[k]!.GetValue<double>();
            Assert.True(Math.Abs(expected - actual) < 1e-9, $"similarity of \"{pairs[k].a}\" and \"{pairs[k].b}\": C# {expected:R}, JS {actual:R}");
        }
    }

    [Fact]
    public void List_numbering_is_stripped_the_same_way()
    {
        string[] items =
        [
            "1. files", "2) files", "(3) files", "(a) files", "b. files", "B) files", "iv. files", "(ii) files", "XIV. files", "mix. files",
            "civil. files", "- files", "• files", "· files", "— files", "2. (b) files", "1.5 years", "2 years", "1.2.3. files", "a.files",
            "١. files", "(٣) files", "\u00A0 3. files", "\u212A. files", "\u017F. files", "(\u017F) files", "\u0131. files", "\u0130. files", "\u0131v. files", "(\u0130) files", "Ⅳ. files", "x) files", "xl. files", "1.", "(a)",
        ];

        var output = JsPort.Run(items.Select(i => new JsonObject { ["op"] = "strip", ["item"] = i }).ToArray());

        for (var k = 0; k < items.Length; k++)
        {
            Assert.True(ListNumbering.Strip(items[k]) == output[k]!.GetValue<string>(),
                $"\"{items[k]}\": C# keeps \"{ListNumbering.Strip(items[k])}\", JS keeps \"{output[k]}\"");
        }
    }

    [Fact]
    public void Class_diffs_agree_for_every_pair_of_sample_classes()
    {
        var site = SampleContent.Result.Site!;
        var classes = site.Classes.ToList();
        var records = SampleContent.Result.Files
            .Where(f => f.Path.StartsWith("api/classes/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(f => f.Path["api/classes/".Length..^".json".Length], f => JsonNode.Parse(f.Bytes)!);
        var pairs = (from a in classes from b in classes select (a, b)).ToList();

        var output = JsPort.Run(pairs.Select(p => new JsonObject
        {
            ["op"] = "class",
            ["before"] = records[p.a.Slug].DeepClone(),
            ["after"] = records[p.b.Slug].DeepClone(),
        }).ToArray());

        var inheriting = 0;
        for (var k = 0; k < pairs.Count; k++)
        {
            var (a, b) = pairs[k];
            var diff = ClassDiff.Compare(site, a, site, b, identity: true);
            if (diff.Inherits) inheriting++;
            var (expected, expectedSimilarities) = Describe(diff);
            var (actual, actualSimilarities) = DescribeJs(output[k]!);
            Assert.True(expected == actual, $"{a.Slug} → {b.Slug}\n--- C#\n{expected}\n--- JS\n{actual}");
            AssertSimilarities(expectedSimilarities, actualSimilarities, $"{a.Slug} → {b.Slug}");
        }

        Assert.True(inheriting >= 2, "the sample should have pairs where the higher level includes the lower level's work");
    }

    [Fact]
    public void The_port_lists_the_same_attributes_and_section_kinds_in_the_same_order()
    {
        var output = JsPort.Run([new JsonObject { ["op"] = "constants" }])[0]!;

        Assert.Equal(ClassAttributes.All.Where(a => !a.IsSectionDigest).Select(a => a.Id), Strings(output["attributes"]!));
        Assert.Equal(ClassAttributes.All.Where(a => a.IsSectionDigest).Select(a => a.Id), Strings(output["digests"]!));
        Assert.Equal(Enum.GetValues<SectionKind>().Where(k => k != SectionKind.Other).Select(k => SectionCatalog.AnchorOf(k)!), Strings(output["kinds"]!));
    }

    private sealed record ListCase(string Name, IReadOnlyList<string> Before, IReadOnlyList<string> After, double? Threshold = null);

    private static void AssertListsAgree(IReadOnlyList<ListCase> cases)
    {
        var output = JsPort.Run(cases.Select(c => new JsonObject
        {
            ["op"] = "list",
            ["before"] = new JsonArray(c.Before.Select(i => (JsonNode?)i).ToArray()),
            ["after"] = new JsonArray(c.After.Select(i => (JsonNode?)i).ToArray()),
            ["threshold"] = c.Threshold,
            ["stems"] = Stems(c.Before.Concat(c.After)),
        }).ToArray());

        for (var k = 0; k < cases.Count; k++)
        {
            var c = cases[k];
            var rows = c.Threshold is { } t ? ListDiff.Compare(c.Before, c.After, t) : ListDiff.Compare(c.Before, c.After);
            var expected = rows.Select(Row).ToList();
            var actual = output[k]!.AsArray().Select(JsRow).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{c.Name}\n--- C#\n{string.Join("\n", expected)}\n--- JS\n{string.Join("\n", actual)}");
            AssertSimilarities(rows.Select(r => r.Similarity).ToList(), output[k]!.AsArray().Select(r => r!["similarity"]!.GetValue<double>()).ToList(), c.Name);
        }
    }

    // The stems the build publishes with class data, which the script matches with instead of stemming itself.
    private static JsonObject Stems(IEnumerable<string> texts) =>
        new(WordStems.Of(texts).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));

    private static void AssertSimilarities(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string name)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-9, $"{name}, row {i}: similarity C# {expected[i]:R}, JS {actual[i]:R}");
        }
    }

    private static string Row(ItemDiff r) => $"{r.Change} {r.BeforeIndex?.ToString(CultureInfo.InvariantCulture) ?? "-"}→{r.AfterIndex?.ToString(CultureInfo.InvariantCulture) ?? "-"} [{r.Before}]→[{r.After}] {Show(r.Words)}";

    private static string JsRow(JsonNode? r) =>
        $"{r!["change"]} {Index(r["beforeIndex"])}→{Index(r["afterIndex"])} [{Text(r["before"])}]→[{Text(r["after"])}] {ShowWords(r["words"]!)}";

    private static string Index(JsonNode? n) => n is null ? "-" : n.GetValue<int>().ToString(CultureInfo.InvariantCulture);

    private static string? Text(JsonNode? n) => n?.GetValue<string>();

    private static string ShowWords(JsonNode words) => string.Join(" | ", words.AsArray().Select(w => (string)w!["change"]! switch
    {
        "Same" => $"= {w["text"]}",
        "Removed" => $"- {w["text"]}",
        "Added" => $"+ {w["text"]}",
        var other => $"? {other} {w["text"]}",
    }));

    private static IEnumerable<string> Strings(JsonNode array) => array.AsArray().Select(n => n!.GetValue<string>());

    private static (string Text, List<double> Similarities) Describe(ClassDiff d)
    {
        var text = new StringBuilder();
        var similarities = new List<double>();
        foreach (var f in d.Fields) text.AppendLine($"field {f.Id} ({f.Label}): [{f.Before}]→[{f.After}] {Show(f.Words)}");
        foreach (var (name, change) in new[] { ("ksas", d.Ksas), ("competencies", d.Competencies) })
        {
            text.AppendLine($"{name} +{string.Join(",", change.Added.Select(i => i.Slug))} -{string.Join(",", change.Removed.Select(i => i.Slug))} ={string.Join(",", change.Kept.Select(i => i.Slug))}");
        }

        foreach (var s in d.Sections)
        {
            text.AppendLine($"section {SectionCatalog.AnchorOf(s.Kind) ?? "other"} #{s.Id} \"{s.Title}\" words: {Show(s.Words)}");
            foreach (var i in s.Items) text.AppendLine("  " + Row(i));
            foreach (var i in s.Inherited) text.AppendLine("  inherited " + i);
            similarities.AddRange(s.Items.Select(i => i.Similarity));
        }

        text.AppendLine($"has changes: {d.HasChanges}");
        return (text.ToString(), similarities);
    }

    private static (string Text, List<double> Similarities) DescribeJs(JsonNode d)
    {
        var text = new StringBuilder();
        var similarities = new List<double>();
        foreach (var f in d["fields"]!.AsArray()) text.AppendLine($"field {f!["id"]} ({f["label"]}): [{Text(f["before"])}]→[{Text(f["after"])}] {ShowWords(f["words"]!)}");
        foreach (var name in new[] { "ksas", "competencies" })
        {
            var change = d[name]!;
            text.AppendLine($"{name} +{string.Join(",", Strings(change["added"]!))} -{string.Join(",", Strings(change["removed"]!))} ={string.Join(",", Strings(change["kept"]!))}");
        }

        foreach (var s in d["sections"]!.AsArray())
        {
            text.AppendLine($"section {s!["kind"]} #{s["id"]} \"{s["title"]}\" words: {ShowWords(s["words"]!)}");
            foreach (var i in s["items"]!.AsArray()) text.AppendLine("  " + JsRow(i));
            foreach (var i in Strings(s["inherited"]!)) text.AppendLine("  inherited " + i);
            similarities.AddRange(s["items"]!.AsArray().Select(i => i!["similarity"]!.GetValue<double>()));
        }

        text.AppendLine($"has changes: {(d["hasChanges"]!.GetValue<bool>() ? "True" : "False")}");
        return (text.ToString(), similarities);
    }

    private static ClassSpec Spec(string slug) => SampleContent.Result.Site!.Classes.Single(c => c.Slug == slug);

    private static List<string> Duties(ClassSpec spec) => spec.Body.OfKind(SectionKind.Duties).SelectMany(s => s.Items).Select(SectionSummary.Flatten).ToList();

    // Deterministic filler long enough (2,600 words a side) that the LCS takes the linear-memory Hirschberg path.
    private static string LongText(int seed, int words)
    {
        var random = new Random(seed);
        string[] vocabulary = ["files", "records", "answers", "calls", "from", "clients", "reviews", "reports", "and", "the", "of", "to"];
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>Runs compare.js's pure functions in Node on a batch of cases and returns one JSON result per case.</summary>
internal static class JsPort
{
    private static readonly string Script = Path.Combine(Repo.Themes, "default", "assets", "compare.js");

    // Turns each case into plain JSON; the class case keeps only what the C# side can be compared with.
    private const string Harness = """
        "use strict";
        const fs = require("fs");
        const port = require(process.argv[2]);
        const slugs = (list) => list.map((i) => i.slug);
        const links = (c) => ({ added: slugs(c.added), removed: slugs(c.removed), kept: slugs(c.kept) });
        const run = (c) => {
          switch (c.op) {
            case "list": return c.threshold === null ? port.listDiff(c.before, c.after, undefined, c.stems) : port.listDiff(c.before, c.after, c.threshold, c.stems);
            case "words": return port.wordDiff(c.before, c.after);
            case "similarity": return port.similarity(c.a, c.b, c.stems);
            case "strip": return port.stripNumbering(c.item);
            case "constants": return { attributes: port.ATTRIBUTES, digests: port.DIGESTS, kinds: port.KINDS };
            case "checklist": return port.checklist(port.classDiff(c.before, c.after)).map((i) => i.key);
            case "class": {
              const d = port.classDiff(c.before, c.after);
              return { fields: d.fields, ksas: links(d.ksas), competencies: links(d.competencies), sections: d.sections, hasChanges: d.hasChanges };
            }
            default: throw new Error("unknown op " + c.op);
          }
        };
        const cases = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
        fs.writeFileSync(process.argv[4], JSON.stringify(cases.map(run)));
        """;

    public static JsonArray Run(JsonObject[] cases)
    {
        Assert.True(File.Exists(Script), $"{Script} is missing");
        using var temp = new TempDirectory();
        var harness = temp.WriteText("harness.js", Harness);
        var input = temp.WriteText("input.json", new JsonArray(cases.Select(c => (JsonNode?)c).ToArray()).ToJsonString());
        var output = temp.Combine("output.json");

        var start = new ProcessStartInfo("node") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { harness, Script, input, output }) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"`node` is needed to check compare.js against the C# diff engine, and could not be started ({e.Message}). Install Node.js (Debian: apt-get install nodejs).");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            HangGuard.WaitForExit(process, "node");

            Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
        }

        var result = JsonNode.Parse(File.ReadAllText(output))!.AsArray();
        Assert.Equal(cases.Length, result.Count);
        return result;
    }
}
