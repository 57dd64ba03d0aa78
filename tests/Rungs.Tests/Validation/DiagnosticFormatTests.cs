using System.Reflection;
using Rungs.Diagnostics;
using Rungs.Tests.Support;

namespace Rungs.Tests.Validation;

/// <summary>The diagnostic codes are stable and documented, and every diagnostic prints in the compiler format editors understand.</summary>
public class DiagnosticFormatTests
{
    private static IReadOnlyList<string> Codes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_codes_are_the_documented_ones_each_used_for_one_rule()
    {
        // Codes were handed out in ranges to work done side by side (issue 17), so the list has gaps.
        Assert.Equal(Enumerable.Range(1, 28).Concat([30, 31]).Concat(Enumerable.Range(35, 4)).Concat(Enumerable.Range(42, 6)).Concat(Enumerable.Range(50, 9)).Concat(Enumerable.Range(60, 5)).Select(n => $"RUNGS{n:000}"), Codes());
    }

    [Fact]
    public void Every_code_is_listed_in_the_content_model_rules_table()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "content-model.md"));

        Assert.All(Codes(), code => Assert.Contains($"| {code} |", doc));
    }

    [Fact]
    public void An_error_prints_as_path_line_column_severity_code_and_message_then_an_indented_hint()
    {
        var d = Expect.Error("RUNGS006", "content/series/cs/cs-specialist.md", 4, 1, "unknown key `grde`", "did you mean `grade`?");

        Assert.Equal("content/series/cs/cs-specialist.md(4,1): error RUNGS006: unknown key `grde`", d.Headline);
        Assert.Equal("content/series/cs/cs-specialist.md(4,1): error RUNGS006: unknown key `grde`\n    hint: did you mean `grade`?", d.ToString());
    }

    [Fact]
    public void A_warning_without_a_hint_prints_on_one_line()
    {
        var d = Expect.Warning("RUNGS017", "content/notes/todo.md", 1, 1, "this file is not in a known folder and is not published", null);

        Assert.Equal("content/notes/todo.md(1,1): warning RUNGS017: this file is not in a known folder and is not published", d.ToString());
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_then_line_then_column_whatever_order_they_were_found_in()
    {
        var list = new DiagnosticList();
        list.Error("RUNGS012", new SourcePosition("content/b.md", 2, 5), "later");
        list.Error("RUNGS006", new SourcePosition("content/a.md", 9, 1), "second");
        list.Error("RUNGS008", new SourcePosition("content/b.md", 2, 1), "earlier");
        list.Error("RUNGS004", new SourcePosition("content/a.md", 3, 7), "first");

        Assert.Equal(["first", "second", "earlier", "later"], list.Sorted().Select(d => d.Message));
    }
}
