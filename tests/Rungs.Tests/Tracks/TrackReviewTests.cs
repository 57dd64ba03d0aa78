using Rungs.Review;
using static Rungs.Tests.Review.ReviewSites;

namespace Rungs.Tests.Tracks;

/// <summary>`rungs diff` on a series with tracks: a class moved to another track, and a series' track list, are field changes.</summary>
public class TrackReviewTests
{
    private const string Supervisor3 = TrackSites.Series + "programmer-analyst-supervisor-3.md";

    [Fact]
    public void A_class_moved_to_another_track_is_a_track_change_and_a_new_class_lists_its_track()
    {
        var before = TrackSites.ProgrammerAnalyst(tracks: null);
        var moved = before.With(Supervisor3, TrackSites.Class("Programmer Analyst Supervisor 3", "001380", 3, "Manager"));

        var entry = Assert.Single(Diff(before, moved));
        var field = Assert.Single(entry.Fields);
        Assert.Equal(("track", "Track", "Supervisor", "Manager"), (field.Id, field.Label, field.Before, field.After));

        var added = Assert.Single(Diff(before.Without(Supervisor3), before));
        Assert.Contains(added.Fields, f => f is { Id: "track", After: "Supervisor" });
        var report = DiffReport.Create(new ReviewSide("old", SideKind.Folder, null, before.Without(Supervisor3).Sources()),
            new ReviewSide("new", SideKind.Folder, null, before.Sources()));
        Assert.Contains("level 3 · track Supervisor", MarkdownReport.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Reordering_a_series_tracks_is_a_field_change_of_the_series()
    {
        var entry = Assert.Single(Diff(TrackSites.ProgrammerAnalyst(), TrackSites.ProgrammerAnalyst("tracks: [Supervisor, Specialist]")));

        Assert.Equal(("tracks", "Specialist, Supervisor", "Supervisor, Specialist"), (Assert.Single(entry.Fields).Id, entry.Fields[0].Before, entry.Fields[0].After));
    }
}
