using Rungs.Tests.Support;

namespace Rungs.Tests.Validation;

/// <summary>RUNGS021–RUNGS022 and the reserved slug: ladders have no gaps, and promotion never goes round in a circle.</summary>
public class LadderRuleTests
{
    [Fact]
    public void RUNGS021_a_missing_level_is_reported_at_the_level_above_the_gap()
    {
        // Levels 1, 2 and 4: level 3 is missing. Line 3 of the new file: `level: 4`, value at column 8.
        var result = TestSite.Minimal().With("series/cs/cs-lead.md", """
            ---
            title: CS Lead
            level: 4
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS021", "content/series/cs/cs-lead.md", 3, 8, "the series `cs` has a gap before CS Lead: level 3 is missing",
                "number the levels of a series 1, 2, 3… from the entry level up, or add the missing class"));
    }

    [Fact]
    public void RUNGS021_a_series_that_does_not_start_at_level_1_is_reported()
    {
        var result = TestSite.Minimal()
            .With("series/front/_series.md", "---\ntitle: Front Desk Series\n---\n")
            .With("series/front/front-senior.md", "---\ntitle: Front Desk Senior\nlevel: 3\n---\n")
            .Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS021", "content/series/front/front-senior.md", 3, 8, "the series `front` has a gap before Front Desk Senior: levels 1 to 2 are missing",
                "number the levels of a series 1, 2, 3… from the entry level up, or add the missing class"));
    }

    [Fact]
    public void RUNGS022_a_promotion_that_leads_back_to_where_it_started_is_reported_at_the_move_that_closes_the_circle()
    {
        // cs-representative (top of cs) promotes to front-entry; front-entry's series leads to front-senior, which promotes back to cs-assistant,
        // whose ladder leads up to cs-representative again.
        var result = TestSite.Minimal()
            .With("series/cs/cs-representative.md", "---\ntitle: CS Representative\nlevel: 2\npromotes_to: [front-entry]\n---\n")
            .With("series/front/_series.md", "---\ntitle: Front Desk Series\n---\n")
            .With("series/front/front-entry.md", "---\ntitle: Front Desk Entry\nlevel: 1\n---\n")
            .With("series/front/front-senior.md", "---\ntitle: Front Desk Senior\nlevel: 2\npromotes_to: [cs-assistant]\n---\n")
            .Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS022", "content/series/front/front-senior.md", 4, 15,
                "promotion goes round in a circle: CS Assistant → CS Representative → Front Desk Entry → Front Desk Senior → CS Assistant",
                "a class may promote only to a class that does not lead back to it; remove or change one `promotes_to` entry"));
    }

    [Fact]
    public void A_promotion_to_another_series_that_does_not_lead_back_is_allowed()
    {
        var result = TestSite.Minimal()
            .With("series/cs/cs-representative.md", "---\ntitle: CS Representative\nlevel: 2\npromotes_to: [front-senior]\n---\n")
            .With("series/front/_series.md", "---\ntitle: Front Desk Series\n---\n")
            .With("series/front/front-entry.md", "---\ntitle: Front Desk Entry\nlevel: 1\n---\n")
            .With("series/front/front-senior.md", "---\ntitle: Front Desk Senior\nlevel: 2\n---\n")
            .Build();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void RUNGS012_a_promotion_to_a_class_that_does_not_exist_suggests_the_closest()
    {
        // Line 4: `promotes_to: [cs-asistant]`, the item at column 15.
        var result = TestSite.Minimal()
            .With("series/cs/cs-representative.md", "---\ntitle: CS Representative\nlevel: 2\npromotes_to: [cs-asistant]\n---\n")
            .Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS012", "content/series/cs/cs-representative.md", 4, 15, "no class has the slug `cs-asistant`", "did you mean `cs-assistant`?"));
    }

    [Fact]
    public void RUNGS010_the_slug_compare_is_reserved_for_the_comparison_pages()
    {
        var result = TestSite.Minimal().With("series/cs/compare.md", "---\ntitle: Compare Clerk\nlevel: 3\n---\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS010", "content/series/cs/compare.md", 1, 1, "the class slug `compare` is reserved for the series' comparison pages",
                "rename the file, e.g. to `cs-compare.md`"));
    }
}
