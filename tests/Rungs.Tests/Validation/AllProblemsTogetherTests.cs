using Rungs.Tests.Support;

namespace Rungs.Tests.Validation;

/// <summary>A build reports every problem it finds at once, sorted by file, line and column, so one run fixes them all.</summary>
public class AllProblemsTogetherTests
{
    [Fact]
    public void Three_different_errors_in_two_files_are_all_reported_in_file_and_line_order()
    {
        var result = TestSite.Minimal()
            .With("series/cs/cs-specialist.md", """
                ---
                title: CS Specialist
                level: 3
                grde: "16"
                flsa: exmpt
                ---
                """)
            .With("ksas/supervision.md", """
                ---
                summary: Coordinating the work of others.
                ---
                """)
            .Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS007", "content/ksas/supervision.md", 1, 1, "the required key `title` is missing", "add a line `title: …` to the front matter"),
            Expect.Error("RUNGS006", "content/series/cs/cs-specialist.md", 4, 1, "unknown key `grde`", "did you mean `grade`?"),
            Expect.Error("RUNGS009", "content/series/cs/cs-specialist.md", 5, 7, "`flsa` must be one of exempt, non-exempt, not \"exmpt\"", "did you mean `exempt`?"));
        Assert.Equal(3, result.ErrorCount);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Parse_errors_and_link_errors_are_reported_in_the_same_build()
    {
        var result = TestSite.Minimal()
            .With("series/cs/cs-specialist.md", """
                ---
                title: CS Specialist
                level: 3
                ksas: [gramar]
                ---
                """)
            .With("ksas/supervision.md", "title: Supervision\n")
            .Build();

        Assert.Equal(["RUNGS002", "RUNGS012"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void An_error_in_a_class_is_reported_once_and_not_again_as_a_broken_reference_elsewhere()
    {
        // cs-assistant exists but its level is in words; cs-representative differs from it and includes its work.
        var result = TestSite.Minimal().With("series/cs/cs-assistant.md", """
            ---
            title: CS Assistant
            level: one
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", "content/series/cs/cs-assistant.md", 3, 8, "`level` must be a whole number, not \"one\"", "write the number without quotes, e.g. `level: 2`"));
    }

    [Fact]
    public void A_broken_series_file_is_reported_once_and_its_classes_are_not_called_orphans()
    {
        var result = TestSite.Minimal().With("series/cs/_series.md", "---\nsummary: no title here\n---\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS007", "content/series/cs/_series.md", 1, 1, "the required key `title` is missing", "add a line `title: …` to the front matter"));
    }

    [Fact]
    public void A_broken_KSA_file_is_reported_once_and_references_to_it_are_not_called_broken()
    {
        var result = TestSite.Minimal().With("ksas/grammar.md", "Grammar: rules of composition\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS002", "content/ksas/grammar.md", 1, 1, "the file does not start with front matter",
                "the first line must be `---`, followed by the fields (e.g. `title: …`) and a closing `---` line"));
    }
}
