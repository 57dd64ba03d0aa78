using Rungs.Tests.Support;

namespace Rungs.Tests.Validation;

/// <summary>
/// RUNGS010–RUNGS015 and RUNGS019: names are slugs, series folders have a _series.md, references resolve,
/// codes are unique, class slugs unique within a series, levels unique, and only a class with a lower level includes lower-level work.
/// </summary>
public class SiteStructureRuleTests
{
    private const string Specialist = "content/series/cs/cs-specialist.md";

    [Fact]
    public void RUNGS010_a_file_name_that_is_not_a_slug_is_reported_with_a_suggested_name()
    {
        var result = TestSite.Minimal().With("series/cs/Bad_Name.md", """
            ---
            title: CS Specialist
            level: 3
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS010", "content/series/cs/Bad_Name.md", 1, 1, "the file name \"Bad_Name.md\" is not a valid slug",
                "rename the file to `bad-name.md` (lowercase letters, digits and hyphens)"));
    }

    [Fact]
    public void RUNGS010_a_series_folder_name_that_is_not_a_slug_is_reported()
    {
        var result = TestSite.Minimal().With("series/Front Desk/_series.md", """
            ---
            title: Front Desk Series
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS010", "content/series/Front Desk/_series.md", 1, 1, "the series folder name \"Front Desk\" is not a valid slug",
                "rename the folder to `front-desk` (lowercase letters, digits and hyphens)"));
    }

    [Fact]
    public void RUNGS010_a_reference_that_is_a_title_instead_of_a_slug_is_reported_at_the_list_item()
    {
        // Line 4: `ksas: [Grammar]` — the item starts at column 8.
        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            level: 3
            ksas: [Grammar]
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS010", Specialist, 4, 8, "\"Grammar\" in `ksas` is not a slug",
                "refer to items by their file name without .md, e.g. `grammar`"));
    }

    [Fact]
    public void RUNGS011_a_class_in_a_folder_without_a_series_file_is_reported()
    {
        var result = TestSite.Minimal().With("series/front-desk/receptionist.md", """
            ---
            title: Receptionist
            level: 1
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS011", "content/series/front-desk/receptionist.md", 1, 1, "the series folder `front-desk` has no _series.md",
                "create series/front-desk/_series.md with at least a line `title: …`"));
    }

    [Fact]
    public void RUNGS012_a_misspelt_KSA_in_a_flow_list_is_reported_at_the_item_with_the_closest_slug()
    {
        // Line 4: `ksas: [gramar]` — the item starts at column 8.
        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            level: 3
            ksas: [gramar]
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS012", Specialist, 4, 8, "no KSA has the slug `gramar`", "did you mean `grammar`?"));
    }

    [Fact]
    public void RUNGS012_a_misspelt_item_in_a_block_list_is_reported_at_that_item()
    {
        // Line 6: `  - communicaton` — the item starts at column 5.
        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            level: 3
            competencies:
              - communication
              - communicaton
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS012", Specialist, 6, 5, "no competency has the slug `communicaton`", "did you mean `communication`?"));
    }

    [Fact]
    public void RUNGS012_a_reference_with_no_close_match_says_how_to_create_it()
    {
        var result = TestSite.Minimal().With("job-models/client-service.md", """
            ---
            title: Client Service Specialist
            classes: [payroll-clerk]
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS012", "content/job-models/client-service.md", 3, 11, "no class has the slug `payroll-clerk`",
                "create series/<series>/payroll-clerk.md, or correct the slug"));
    }

    [Fact]
    public void RUNGS012_a_class_that_differs_from_itself_is_reported()
    {
        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            level: 3
            differs_from: [cs-specialist]
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS012", Specialist, 4, 16, "a class cannot differ from itself", "remove this entry from `differs_from`"));
    }

    [Fact]
    public void RUNGS013_a_class_code_used_twice_is_reported_at_the_second_code()
    {
        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            code: "4807"
            level: 3
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS013", Specialist, 3, 7, "the class code 4807 is already used by content/series/cs/cs-assistant.md",
                "every class code is unique; check which of the two classes has the right code"));
    }

    [Fact]
    public void RUNGS014_class_slugs_are_unique_only_within_a_series_so_two_series_may_share_one()
    {
        // A series folder cannot hold two files of one name, so RUNGS014 guards the site model; ClassReferenceResolutionTests
        // cover how references choose between the two classes.
        TestSite.Minimal()
            .With("series/front-desk/_series.md", """
                ---
                title: Front Desk Series
                ---
                """)
            .With("series/front-desk/cs-assistant.md", """
                ---
                title: Front Desk Assistant
                level: 1
                ---
                """)
            .BuildClean();
    }

    [Fact]
    public void RUNGS015_a_level_taken_twice_in_a_series_is_reported_at_the_second_level()
    {
        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            level: 2
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS015", Specialist, 3, 8, "level 2 of the series `cs` is already taken by content/series/cs/cs-representative.md",
                "each level of a track belongs to one class: give this class another level, or put it in a parallel track with `track:` (e.g. `track: Supervisor`)"));
    }

    [Fact]
    public void The_same_level_in_two_different_series_is_fine()
    {
        TestSite.Minimal()
            .With("series/front-desk/_series.md", "---\ntitle: Front Desk Series\n---\n")
            .With("series/front-desk/receptionist.md", "---\ntitle: Receptionist\nlevel: 1\n---\n")
            .BuildClean();
    }

    [Fact]
    public void RUNGS019_lower_level_work_on_the_lowest_level_is_reported_at_the_value()
    {
        // Line 4: `includes_lower_level_work: true` — the value starts at column 28.
        var result = TestSite.Minimal()
            .With("series/front-desk/_series.md", "---\ntitle: Front Desk Series\n---\n")
            .With("series/front-desk/receptionist.md", """
                ---
                title: Receptionist
                level: 1
                includes_lower_level_work: true
                ---
                """)
            .Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS019", "content/series/front-desk/receptionist.md", 4, 28,
                "`includes_lower_level_work` is set, but Receptionist is the lowest level of its series",
                "remove the key, or add the lower level to the series"));
    }

    [Fact]
    public void RUNGS019_lower_level_work_set_to_false_on_the_lowest_level_is_fine()
    {
        TestSite.Minimal()
            .With("series/front-desk/_series.md", "---\ntitle: Front Desk Series\n---\n")
            .With("series/front-desk/receptionist.md", "---\ntitle: Receptionist\nlevel: 1\nincludes_lower_level_work: false\n---\n")
            .BuildClean();
    }
}
