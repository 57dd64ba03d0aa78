using Rungs.Tests.Support;

namespace Rungs.Tests.Validation;

/// <summary>
/// RUNGS002–RUNGS005: every Markdown file starts with closed front matter that is a YAML mapping.
/// Each test adds one broken class file (series/cs/cs-specialist.md, level 3) to a valid site, so the
/// diagnostic it states is the only one the build reports. Lines and columns are 1-based, counted in the file.
/// </summary>
public class FrontMatterRuleTests
{
    private const string File = "content/series/cs/cs-specialist.md";

    private static Rungs.Pipeline.BuildResult BuildWithSpecialist(string text) =>
        TestSite.Minimal().With("series/cs/cs-specialist.md", text).Build();

    [Fact]
    public void RUNGS002_a_file_that_does_not_start_with_dashes_is_reported_at_its_first_line()
    {
        var result = BuildWithSpecialist("""
            title: CS Specialist
            level: 3
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS002", File, 1, 1, "the file does not start with front matter",
                "the first line must be `---`, followed by the fields (e.g. `title: …`) and a closing `---` line"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS002_an_empty_file_is_reported_as_empty()
    {
        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", "\n\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS002", File, 1, 1, "the file is empty",
                "start the file with front matter: a line `---`, the fields (e.g. `title: …`), and another `---`"));
    }

    [Fact]
    public void RUNGS003_front_matter_that_is_never_closed_is_reported_at_the_opening_dashes()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3

            ## Duties

            - serves clients
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS003", File, 1, 1, "the front matter is never closed",
                "add a line `---` after the last front-matter field, before the text"));
    }

    [Fact]
    public void RUNGS004_a_tab_used_for_indentation_is_reported_where_the_tab_is()
    {
        // Line 5 starts with a tab (column 1).
        var result = BuildWithSpecialist("---\ntitle: CS Specialist\nlevel: 3\nksas:\n\t- grammar\n---\n");

        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, 5, 1, "a tab is used for indentation",
                "YAML indents with spaces only; replace the tab with spaces"));
    }

    [Fact]
    public void RUNGS004_an_unclosed_quote_is_reported_at_the_opening_quote()
    {
        // Line 2: `title: "CS Specialist` — the quote is at column 8 and never closed.
        var result = BuildWithSpecialist("""
            ---
            title: "CS Specialist
            level: 3
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, 2, 8, "a quoted value is never closed",
                "add the missing closing quote (\" or ')"));
    }

    [Fact]
    public void RUNGS004_a_key_given_twice_is_reported_at_its_second_occurrence()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            title: Customer Service Specialist
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, 4, 1, "a key appears twice in the front matter",
                "keep one of the two lines; each field may be given once"));
    }

    [Fact]
    public void RUNGS004_a_value_with_an_unquoted_colon_is_explained_in_plain_words()
    {
        // Line 2: `title: Specialist: Senior` — YAML stops at the second `: ` (column 18).
        var result = BuildWithSpecialist("""
            ---
            title: Specialist: Senior
            level: 3
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, 2, 18, "a value contains `: ` where YAML does not allow it",
                "put the value in quotes, e.g. title: \"Specialist: Senior\""));
    }

    [Fact]
    public void RUNGS004_a_value_with_an_unquoted_colon_is_reported_where_the_colon_is()
    {
        var result = BuildWithSpecialist("""
            ---
            title: Specialist: Senior
            level: 3
            ---
            """);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS004", File, 2, 18), (d.Code, d.Position.Path, d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void RUNGS004_a_list_item_indented_differently_from_the_others_is_reported_at_that_item()
    {
        // Line 6: ` - clerical` is indented one space, the item above two.
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            ksas:
              - grammar
             - clerical
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, 6, 2, "the indentation of the front matter is inconsistent",
                "indent list items and nested fields with the same number of spaces"));
    }

    [Fact]
    public void RUNGS004_an_alias_that_cannot_be_resolved_is_reported_at_the_alias()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            grade: *g
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS004", File, 4, 8, "a YAML anchor or alias cannot be resolved",
                "write the value out in full instead of using & and *"));
    }

    [Fact]
    public void RUNGS005_front_matter_written_as_a_list_is_reported_where_the_list_starts()
    {
        var result = BuildWithSpecialist("""
            ---
            - title: CS Specialist
            - level: 3
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS005", File, 2, 1, "the front matter must be fields written `key: value`, not a list or a single value",
                "write one field per line, e.g. `title: Customer Service Assistant`, without a leading `- `"));
    }

    [Fact]
    public void RUNGS005_a_site_yml_that_is_a_single_value_is_reported()
    {
        var result = TestSite.Minimal().With("site.yml", "Test Specs").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS005", "content/site.yml", 1, 1, "site.yml must be fields written `key: value`, not a list or a single value",
                "write one field per line, e.g. `title: Customer Service Assistant`, without a leading `- `"));
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_ends_are_accepted_and_do_not_shift_positions()
    {
        // Same file as the unknown-key test, saved by a Windows editor: BOM + CRLF. `grde` is still at (4,1).
        var result = BuildWithSpecialist("\uFEFF---\r\ntitle: CS Specialist\r\nlevel: 3\r\ngrde: \"16\"\r\n---\r\n");

        Expect.Diagnostics(result,
            Expect.Error("RUNGS006", File, 4, 1, "unknown key `grde`", "did you mean `grade`?"));
    }
}
