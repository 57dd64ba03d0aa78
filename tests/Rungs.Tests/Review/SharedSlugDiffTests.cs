using Rungs.Review;
using Rungs.Tests.Support;
using static Rungs.Tests.Review.ReviewSites;

namespace Rungs.Tests.Review;

/// <summary>`rungs diff` on sites whose series share class slugs: classes are matched by series and slug, and references name the twin they mean.</summary>
public sealed class SharedSlugDiffTests
{
    // Without codes, classes are matched by series and slug: a code would match them before the slug is looked at.
    private static TestSite Codeless() =>
        TwinSlugSite.Build().Files.Where(f => f.Key.StartsWith("series/office/", StringComparison.Ordinal) || f.Key.StartsWith("series/library/", StringComparison.Ordinal))
            .Aggregate(TwinSlugSite.Build(), (site, f) => site.With(f.Key, System.Text.RegularExpressions.Regex.Replace(f.Value, "code: \"\\d+\"\n", "")));

    [Fact]
    public void Twins_are_matched_by_series_and_slug_even_when_the_series_order_changes()
    {
        // Renaming the library series puts it after the office series: matching by slug alone would pair office/clerk-1
        // with library/clerk-1.
        var after = Codeless().With("series/library/_series.md", "---\ntitle: Zeta Library Series\n---\n");

        var entry = Assert.Single(Diff(Codeless(), after));

        Assert.Equal((ItemKind.Series, EntryStatus.Changed, "library"), (entry.Kind, entry.Status, entry.Current.Slug));
    }

    [Fact]
    public void A_change_to_one_twin_is_reported_on_that_twin_only()
    {
        var after = Codeless().With("series/library/clerk-1.md", TwinSlugSite.Clerk("Library Clerk 1", "6001", 1).Replace("code: \"6001\"\n", "") + "- shelves books\n");

        var entry = Assert.Single(Diff(Codeless(), after));

        Assert.Equal((ItemKind.Class, EntryStatus.Changed, "library", "clerk-1"), (entry.Kind, entry.Status, entry.Current.Series, entry.Current.Slug));
    }

    [Fact]
    public void A_reference_moved_from_one_twin_to_the_other_names_both_with_their_series()
    {
        const string path = "series/cs/cs-representative.md";
        static string Representative(string target) => $"---\ntitle: CS Representative\ncode: \"4808\"\nlevel: 2\ndiffers_from: [{target}]\n---\n";

        var entry = Assert.Single(Diff(TwinSlugSite.Build().With(path, Representative("office/clerk-1")), TwinSlugSite.Build().With(path, Representative("library/clerk-1"))));

        var link = Assert.Single(entry.Links);
        Assert.Equal(("library/clerk-1", "office/clerk-1"), (Assert.Single(link.Added).Slug, Assert.Single(link.Removed).Slug));
    }
}
