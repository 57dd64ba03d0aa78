using Rungs.Diagnostics;
using Rungs.Parsing;
using Rungs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Rungs.Tests.Fields;

/// <summary>
/// `site.yml` `fields:` declares extra class keys. A bad declaration is RUNGS038 at the declaration; values in class front
/// matter and series `defaults:` are checked by their declared type like built-in keys; unknown keys stay RUNGS006.
/// </summary>
public class DeclaredFieldRuleTests
{
    private const string Site = "content/site.yml";
    private const string Specialist = "content/series/cs/cs-specialist.md";

    private static TestSite WithFields(string fields) => TestSite.Minimal().With("site.yml", "title: Test Specs\nfields:\n" + fields);

    private static TestSite WithSpecialist(TestSite site, string frontMatter) =>
        site.With("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: 3\n" + frontMatter + "---\n");

    private const string AllTypes = """
          schematic_code: { label: Schematic code, type: code }
          exam: { type: text }
          hours: { label: Hours per week, type: number }
          adopted: { label: Adopted, type: date }
          units: { label: Bargaining units, type: list }
        """;

    [Fact]
    public void RUNGS038_a_field_name_that_is_not_a_key_is_reported_at_the_name_with_a_suggestion()
    {
        var result = WithFields("  Schematic Code: { type: code }\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS038", Site, 3, 3, "the field name `Schematic Code` is not a valid key",
                "use lowercase letters, digits and underscores, starting with a letter, e.g. `schematic_code`"));
    }

    [Fact]
    public void RUNGS038_a_field_that_takes_a_built_in_class_key_is_reported_at_the_name()
    {
        var result = WithFields("  grade: { type: code }\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS038", Site, 3, 3, "the field `grade` is already a built-in class key",
                "remove this declaration and use `grade:` as it is, or declare the field under another name"));
    }

    [Fact]
    public void RUNGS038_an_unknown_type_is_reported_at_the_type_with_the_closest_type()
    {
        var result = WithFields("  hours:\n    type: numbr\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS038", Site, 4, 11, "the field `hours` has the unknown type \"numbr\"",
                "did you mean `number`? the types are code, text, number, date, list"));
    }

    [Fact]
    public void A_declaration_without_a_type_or_with_an_unknown_setting_is_reported_like_any_front_matter()
    {
        var result = WithFields("  hours: { label: Hours, serach: true }\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS007", Site, 3, 10, "the required key `type` is missing", "add a line `type: …` to this entry"),
            Expect.Error("RUNGS006", Site, 3, 26, "unknown key `serach`", "did you mean `search`?"));
    }

    [Fact]
    public void Declared_values_are_checked_by_their_type_at_the_value()
    {
        var result = WithSpecialist(WithFields(AllTypes), """
            hours: forty
            adopted: 2020-13-01
            units: A1
            schematic_code: [1, 2]

            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", Specialist, 4, 8, "`hours` must be a number, not \"forty\"",
                "write digits with an optional sign and decimal point, e.g. `hours: 40`"),
            Expect.Error("RUNGS009", Specialist, 5, 10, "`adopted` is not a real date: 2020-13-01", "check the month (01–12) and the day"),
            Expect.Error("RUNGS008", Specialist, 6, 8, "`units` must be a list, but it is a single value",
                "write it as a list, e.g. `units: [first, second]`"),
            Expect.Error("RUNGS008", Specialist, 7, 17, "`schematic_code` must be text, but it is a list", "write it on one line, e.g. `schematic_code: …`"));
    }

    [Fact]
    public void An_undeclared_key_stays_an_error_that_suggests_the_closest_declared_key()
    {
        var result = WithSpecialist(WithFields(AllTypes), "schematic_cod: \"001368\"\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS006", Specialist, 4, 1, "unknown key `schematic_cod`", "did you mean `schematic_code`?"));
    }

    [Fact]
    public void A_series_default_for_a_field_the_site_does_not_declare_is_an_unknown_key()
    {
        var result = TestSite.Minimal().With("series/cs/_series.md", """
            ---
            title: Customer Service Series
            defaults:
              bargaining_unit: "02"
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS006", "content/series/cs/_series.md", 4, 3, "unknown key `bargaining_unit`",
                "a default is given for a field declared in site.yml `fields:`; declare it there first"));
    }

    [Fact]
    public void A_series_default_is_checked_by_its_declared_type()
    {
        var result = WithFields(AllTypes).With("series/cs/_series.md", """
            ---
            title: Customer Service Series
            defaults:
              hours: lots
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", "content/series/cs/_series.md", 4, 10, "`hours` must be a number, not \"lots\"",
                "write digits with an optional sign and decimal point, e.g. `hours: 40`"));
    }

    // Keys added to classes after `fields:` was designed: each must be refused as a declaration as soon as a class reads it.
    [Theory]
    [InlineData("track")]
    [InlineData("pay_scale")]
    [InlineData("onet_soc")]
    [InlineData("isco")]
    [InlineData("promotes_to")]
    public void RUNGS038_every_key_a_class_reads_is_refused_as_a_declared_field(string key)
    {
        var result = WithFields($"  {key}: {{ type: text }}\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS038", Site, 3, 3, $"the field `{key}` is already a built-in class key",
                $"remove this declaration and use `{key}:` as it is, or declare the field under another name"));
    }
}
