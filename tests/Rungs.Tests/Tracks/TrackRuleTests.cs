using Rungs.Tests.Support;

namespace Rungs.Tests.Tracks;

/// <summary>RUNGS015 (the plain case is in SiteStructureRuleTests) and RUNGS028: classes share a level only in different tracks, and name only tracks their series lists.</summary>
public class TrackRuleTests
{
    private const string Supervisor3 = "content/" + TrackSites.Series + "programmer-analyst-supervisor-3.md";

    [Fact]
    public void Parallel_classes_at_one_level_in_different_tracks_build_cleanly()
    {
        TrackSites.ProgrammerAnalyst().BuildClean();
        TrackSites.ProgrammerAnalyst(tracks: null).BuildClean();
    }

    [Fact]
    public void RUNGS015_two_classes_at_one_level_of_the_same_track_are_reported_at_the_second()
    {
        var result = BuildWithSupervisor3In("Specialist");

        Expect.Diagnostics(result,
            Expect.Error("RUNGS015", Supervisor3, 4, 8,
                "level 3 of the series `programmer-analyst` is already taken by content/series/programmer-analyst/programmer-analyst-specialist-3.md in the track `Specialist`",
                "each level of a track belongs to one class: give this class another level, or put it in a parallel track with `track:` (e.g. `track: Supervisor`)"));
    }

    [Fact]
    public void RUNGS015_a_class_without_track_is_in_the_first_listed_track()
    {
        // Programmer Analyst 3 has no `track`, so it is on the Specialist track, where level 3 is taken.
        var result = TrackSites.ProgrammerAnalyst()
            .With(TrackSites.Series + "programmer-analyst-3.md", TrackSites.Class("Programmer Analyst 3", "001390", 3, null))
            .Build();

        Assert.Equal(["RUNGS015"], result.Diagnostics.Select(d => d.Code));
        Assert.EndsWith("in the track `Specialist`", result.Diagnostics[0].Message);
    }

    [Fact]
    public void RUNGS028_a_track_the_series_does_not_list_is_reported_at_the_value_with_the_near_name()
    {
        var result = BuildWithSupervisor3In("Supervisr");

        Expect.Diagnostics(result,
            Expect.Error("RUNGS028", Supervisor3, 5, 8,
                "the series `programmer-analyst` has no track `Supervisr`; its tracks are Specialist, Supervisor",
                "did you mean `Supervisor`?"));
    }

    [Fact]
    public void RUNGS009_a_series_that_lists_a_track_twice_is_reported()
    {
        var result = TrackSites.ProgrammerAnalyst(tracks: "tracks: [Specialist, Supervisor, Specialist]").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS009", "content/" + TrackSites.Series + "_series.md", 3, 9,
                "`tracks` names a track twice: Specialist",
                "list each track once, in the order the ladder shows them"));
    }

    private static Rungs.Pipeline.BuildResult BuildWithSupervisor3In(string track) => TrackSites.ProgrammerAnalyst()
        .With(TrackSites.Series + "programmer-analyst-supervisor-3.md", TrackSites.Class("Programmer Analyst Supervisor 3", "001380", 3, track))
        .Build();
}
