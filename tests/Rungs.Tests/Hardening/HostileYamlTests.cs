using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Hardening;

/// <summary>
/// Front matter built to exhaust the generator — alias bombs ("billion laughs"), aliases that contain themselves,
/// and lists nested ten thousand deep — is refused with one RUNGS004 at the place it goes wrong,
/// instead of running for minutes or overflowing the stack (which would end the process, past any catch).
/// </summary>
public class HostileYamlTests
{
    private const string File = "content/series/cs/cs-specialist.md";

    /// <summary>Builds the test site with a hostile class file, under the hang guard (the bombs used to run for minutes).</summary>
    private static BuildResult BuildWithSpecialist(string text) =>
        HangGuard.Run("the build of a hostile class file", _ => TestSite.Minimal().With("series/cs/cs-specialist.md", text).Build());

    /// <summary>Nine aliases deep, nine values each: 9^9 (387 million) values once written out.</summary>
    private static string BillionLaughs(bool asKey)
    {
        var lines = new List<string> { "---", "title: CS Specialist", "level: 3", "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i <= 9; i++)
            lines.Add($"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 9))}]");
        // As a key, YamlDotNet hashes the whole expanded value: the form that used to take minutes.
        lines.Add(asKey ? "? *lol9\n: boom" : "ksas: *lol9");
        lines.Add("---");
        return string.Join("\n", lines);
    }

    [Fact]
    public void RUNGS004_an_alias_bomb_is_refused_at_the_alias_that_passes_ten_thousand_values()
    {
        var result = BuildWithSpecialist(BillionLaughs(asKey: false));

        // Up to lol3 the file stands for 8,311 values; the first `*lol3` in lol4 (line 8, column 14) adds 7,381 more.
        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, 8, 14, "the aliases (`*name`) expand to more than 10,000 values",
                "write the values out in full instead of using & and *; front matter never needs this many"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS004_an_alias_bomb_used_as_a_key_is_refused_too()
    {
        var result = BuildWithSpecialist(BillionLaughs(asKey: true));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS004", File, 8), (d.Code, d.Position.Path, d.Position.Line));
    }

    [Fact]
    public void RUNGS004_an_alias_inside_the_value_it_names_is_refused_at_the_alias()
    {
        var result = BuildWithSpecialist("---\ntitle: CS Specialist\nlevel: 3\n? &loop [*loop]\n: x\n---\n");

        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, 4, 10, "the alias `*loop` is used inside the value it names, which would never end",
                "write the value out in full instead of using & and *"));
    }

    [Fact]
    public void Aliases_that_expand_to_a_few_values_are_still_read()
    {
        var result = BuildWithSpecialist("---\ntitle: &t CS Specialist\nlevel: 3\nlevel_label: *t\n---\n");

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    // The fields are level 1, so the 20th bracket (column 7 + 19, or 7 + 19 × 4 for `{a: `) would open level 21.
    [InlineData("flow lists", "ksas: ", "[", "]", 4, 26)]
    [InlineData("flow mappings", "ksas: ", "{a: ", "}", 4, 83)]
    public void RUNGS004_ten_thousand_nested_flow_collections_are_refused_where_the_limit_is_passed(string _, string key, string open, string close, int line, int column)
    {
        var text = $"---\ntitle: CS Specialist\nlevel: 3\n{key}{string.Concat(Enumerable.Repeat(open, 10_000))}x{string.Concat(Enumerable.Repeat(close, 10_000))}\n---\n";

        var result = BuildWithSpecialist(text);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, line, column, "lists and fields are nested more than 20 levels deep",
                "front matter needs only a few levels; look for a run of `[`, `{` or `- ` that is never closed or was pasted by mistake"));
    }

    [Fact]
    public void RUNGS004_ten_thousand_nested_block_lists_are_refused()
    {
        var text = "---\ntitle: CS Specialist\nlevel: 3\nksas:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "grammar\n---\n";

        var result = BuildWithSpecialist(text);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS004", File, 5, "lists and fields are nested more than 20 levels deep"), (d.Code, d.Position.Path, d.Position.Line, d.Message));
    }

    [Fact]
    public void RUNGS004_site_yml_nested_too_deep_is_refused_too()
    {
        var result = TestSite.Minimal().With("site.yml", "title: Test Specs\nnav: " + new string('[', 10_000) + new string(']', 10_000)).Build();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS004", "content/site.yml", 2), (d.Code, d.Position.Path, d.Position.Line));
    }
}
