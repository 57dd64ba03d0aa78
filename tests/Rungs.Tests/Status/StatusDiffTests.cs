using Rungs.Review;
using Rungs.Tests.Support;

namespace Rungs.Tests.Status;

/// <summary>`rungs diff` reports an abolition, and the publishing of a draft, as field changes of the class.</summary>
public class StatusDiffTests
{
    private static IReadOnlyList<DiffEntry> Diff(TestSite before, TestSite after) =>
        SiteDiff.Compare(LoadedSite.Load(before.Sources()), LoadedSite.Load(after.Sources()));

    [Fact]
    public void Abolishing_a_class_reads_as_its_status_date_and_successor_changing()
    {
        var before = TestSite.Minimal().With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 3));
        var after = StatusSites.Reorganised().With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 3));

        var entry = Assert.Single(Diff(before, after), e => e.Current.Slug == "cs-representative");

        Assert.Equal(
            [("status", null, "abolished"), ("abolished", null, "2026-06-30"), ("superseded-by", null, "cs-specialist")],
            entry.Fields.Where(f => f.Id is "status" or "abolished" or "superseded-by").Select(f => (f.Id, f.Before, f.After)));
        // The class leaves the plan as a removed class does: high impact, first.
        Assert.Equal((Impact.ClassAbolished, "class abolished"), (entry.Impacts[0].Reason, entry.Impacts[0].Summary));
    }

    [Fact]
    public void Publishing_a_draft_is_a_status_change_not_an_added_class()
    {
        var draft = TestSite.Minimal().With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 3, "status: draft"));
        var published = TestSite.Minimal().With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 3));

        var entry = Assert.Single(Diff(draft, published));

        Assert.Equal(EntryStatus.Changed, entry.Status);
        Assert.Equal(("status", "draft", null), entry.Fields.Select(f => (f.Id, f.Before, f.After)).Single());
    }
}
