using Rungs.Tests.Support;

namespace Rungs.Tests.Status;

/// <summary>
/// RUNGS060–RUNGS064: `status`, `abolished`, `abolished_note` and `superseded_by` on classes and series, each rule with
/// its message and position (docs/content-model.md, "Status: abolished and draft classes").
/// </summary>
public class StatusRuleTests
{
    private const string Rep = "content/" + StatusSites.Representative;

    [Fact]
    public void An_abolished_class_superseded_by_the_class_that_took_its_level_builds_cleanly()
    {
        // RUNGS015 compares the current ladder: the former class does not clash with its successor at level 2.
        StatusSites.Reorganised().BuildClean();
    }

    [Fact]
    public void Abolishing_a_middle_level_without_a_successor_leaves_no_gap_to_renumber()
    {
        // RUNGS021 counts the former class's level: the ladder steps from level 1 to level 3.
        var built = TestSite.Minimal()
            .With(StatusSites.Representative, StatusSites.Representative2("status: abolished\nabolished: 2026-06-30"))
            .With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 3))
            .BuildClean();

        Assert.True(built.Has("series/cs/compare/cs-assistant..cs-specialist/index.html"));
    }

    [Fact]
    public void An_abolished_class_may_say_it_includes_lower_level_work()
    {
        // RUNGS019 looks at the current ladder only, where an abolished class has no level below.
        TestSite.Minimal()
            .With(StatusSites.Representative, StatusSites.Representative2("status: abolished\nabolished: 2026-06-30\nincludes_lower_level_work: true"))
            .BuildClean();
    }

    [Fact]
    public void RUNGS060_a_status_other_than_active_draft_or_abolished_is_reported_at_the_value()
    {
        var result = TestSite.Minimal().With(StatusSites.Representative, StatusSites.Representative2("status: retired")).Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS060", Rep, 5, 9, "`status` must be one of active, draft, abolished, not \"retired\"",
            "leave `status` out for a class in force; write `draft` for one still under review, `abolished` for one no longer used"));
    }

    [Fact]
    public void RUNGS060_a_near_miss_is_named()
    {
        var result = TestSite.Minimal().With(StatusSites.Representative, StatusSites.Representative2("status: abolshed")).Build();

        Assert.Equal("did you mean `abolished`?", Assert.Single(result.Diagnostics).Hint);
    }

    [Fact]
    public void RUNGS061_an_abolished_class_needs_its_date_reported_at_the_status()
    {
        var result = TestSite.Minimal().With(StatusSites.Representative, StatusSites.Representative2("status: abolished")).Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS061", Rep, 5, 9, "an abolished class needs the date it was abolished",
            "add `abolished: YYYY-MM-DD`, e.g. `abolished: 2026-06-30`"));
    }

    [Fact]
    public void RUNGS061_an_abolished_series_needs_its_date()
    {
        var result = TestSite.Minimal().With("series/cs/_series.md", "---\ntitle: Customer Service Series\nstatus: abolished\n---\n").Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS061", "content/series/cs/_series.md", 3, 9, "an abolished series needs the date it was abolished",
            "add `abolished: YYYY-MM-DD`, e.g. `abolished: 2026-06-30`"));
    }

    [Fact]
    public void RUNGS061_a_date_or_note_on_a_spec_in_force_is_reported_at_the_key()
    {
        var result = TestSite.Minimal()
            .With(StatusSites.Representative, StatusSites.Representative2("abolished: 2026-06-30"))
            .With("series/cs/_series.md", "---\ntitle: Customer Service Series\nabolished_note: Pay letter 26-04\n---\n")
            .Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS061", "content/series/cs/_series.md", 3, 17, "`abolished_note` is given, but the series is not abolished",
                "add `status: abolished` if the series was abolished, or remove `abolished_note`"),
            Expect.Error("RUNGS061", Rep, 5, 12, "`abolished` is given, but the class is not abolished",
                "add `status: abolished` if the class was abolished, or remove `abolished`"));
    }

    [Fact]
    public void RUNGS062_only_an_abolished_class_names_a_successor()
    {
        var result = TestSite.Minimal().With(StatusSites.Representative, StatusSites.Representative2("superseded_by: cs-assistant")).Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS062", Rep, 5, 16, "`superseded_by` is given, but the class is not abolished",
            "add `status: abolished` if the class was abolished, or remove `superseded_by`"));
    }

    [Fact]
    public void RUNGS012_an_unknown_successor_is_a_broken_reference_with_a_hint()
    {
        var result = StatusSites.Reorganised()
            .With(StatusSites.Representative, StatusSites.Representative2("status: abolished\nabolished: 2026-06-30\nsuperseded_by: cs-specialst")).Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS012", Rep, 7, 16, "no class has the slug `cs-specialst`", "did you mean `cs-specialist`?"));
    }

    [Fact]
    public void RUNGS062_a_successor_abolished_without_a_successor_of_its_own_is_reported_where_it_is_named()
    {
        var result = StatusSites.Reorganised()
            .With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 2, "status: abolished\nabolished: 2026-12-31"))
            .Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS062", Rep, 7, 16,
            "CS Representative is superseded by CS Specialist, which was abolished too and names no successor",
            "name the class in force that replaced them both, or give CS Specialist a `superseded_by:`"));
    }

    [Fact]
    public void A_chain_of_successors_that_ends_in_a_class_in_force_is_allowed()
    {
        StatusSites.Reorganised()
            .With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 2, "status: abolished\nabolished: 2026-12-31\nsuperseded_by: cs-lead"))
            .With("series/cs/cs-lead.md", StatusSites.Class("CS Lead", "4811", 2))
            .BuildClean();
    }

    [Fact]
    public void RUNGS062_successors_that_go_round_in_a_circle_are_reported_once_naming_the_circle()
    {
        var result = StatusSites.Reorganised()
            .With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 2, "status: abolished\nabolished: 2026-12-31\nsuperseded_by: cs-representative"))
            .Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS062", Rep, 7, 16,
            "`superseded_by` goes round in a circle: CS Representative → CS Specialist → CS Representative",
            "an abolished class is superseded by a class in force, or by one that leads to it; change one `superseded_by`"));
    }

    [Fact]
    public void RUNGS062_a_class_cannot_be_superseded_by_itself()
    {
        var result = StatusSites.Reorganised()
            .With(StatusSites.Representative, StatusSites.Representative2("status: abolished\nabolished: 2026-06-30\nsuperseded_by: cs-representative")).Build();

        Expect.Diagnostics(result, Expect.Error("RUNGS062", Rep, 7, 16, "a class cannot be superseded by itself", "remove this entry from `superseded_by`"));
    }

    [Fact]
    public void RUNGS063_a_published_class_naming_a_draft_is_an_error_that_suggests_drafts()
    {
        var site = TestSite.Minimal().With(StatusSites.Representative, StatusSites.Representative2("status: draft"));

        var without = StatusSites.Build(site, drafts: false);

        Expect.Diagnostics(without.Diagnostics, Expect.Error("RUNGS063", "content/job-models/client-service.md", 6, 11,
            "`cs-representative` is a draft (series/cs/cs-representative.md has `status: draft`, itself or in its series), and a published page cannot link to a draft",
            "publish the draft (remove `status: draft`) or remove this reference; to preview both, build with `--drafts`"));
        StatusSites.BuildCleanWithDrafts(site);
    }

    [Fact]
    public void RUNGS064_promoting_to_an_abolished_class_is_a_warning_naming_its_successor()
    {
        var result = StatusSites.Reorganised()
            .With("series/cs/cs-assistant.md", StatusSites.Class("CS Assistant", "4807", 1, "promotes_to: [cs-representative]"))
            .Build();

        Expect.Diagnostics(result, Expect.Warning("RUNGS064", "content/series/cs/cs-assistant.md", 5, 15,
            "`promotes_to` names CS Representative, which was abolished: the move is not shown",
            "name the class that superseded it instead (`cs-specialist`)"));
    }

    [Fact]
    public void A_class_of_an_abolished_series_counts_as_abolished_with_the_series_date_and_needs_none_of_its_own()
    {
        var built = TestSite.Minimal()
            .With("series/cs/_series.md", "---\ntitle: Customer Service Series\nstatus: abolished\nabolished: 2025-12-31\nabolished_note: Pay letter 25-09\n---\n")
            .BuildClean();

        var page = built.Text("series/cs/cs-assistant/index.html");
        Assert.Contains("Abolished on December 31, 2025. Pay letter 25-09.", page);
    }
}
