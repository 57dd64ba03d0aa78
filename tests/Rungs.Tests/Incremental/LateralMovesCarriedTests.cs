using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Incremental;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Pipeline;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Incremental;

/// <summary>
/// A save patched into the last good site carries its lateral-move index over with the edited classes swapped in, instead
/// of indexing every class again; it must answer exactly as an index built afresh for the patched site.
/// </summary>
public sealed class LateralMovesCarriedTests
{
    private static readonly DiskThemeSource Themes = new(Repo.Themes, Repo.Themes, Repo.Root);

    [Fact]
    public void A_patched_site_answers_lateral_moves_as_a_fresh_index_of_it_does()
    {
        var files = GeneratedCorpus.Files(80, 5);
        var before = SitePipeline.Validate(ContentSources.FromText(files), Themes);
        Assert.False(before.HasErrors);
        // What the old index answers before the patch: it must answer the same after (the patch copies what it changes).
        var oldAnswers = before.Site.Classes.Select(c => (Spec: c, Sharing: before.Site.LateralMoves.SharingKeyWith(c).ToArray())).ToList();

        // Two classes at one grade (the index's list for it is copied once) and one at another, each given a new duty.
        var graded = before.Site.Classes.Where(c => c.Grade is not null).GroupBy(c => c.Grade).Where(g => g.Count() >= 3).OrderByDescending(g => g.Count()).First().Take(2)
            .Append(before.Site.Classes.First(c => c.Grade is not null && c.Grade != before.Site.Classes.First(x => x.Grade is not null).Grade)).ToList();
        var edited = graded.Select(c => c.Position.Path[(c.Position.Path.IndexOf("series/", StringComparison.Ordinal))..]).Distinct().ToList();
        foreach (var path in edited) files[path] += "\n- Keeps a log of the day's visits.\n";

        var patched = PatchedSite.TryValidate(before.Site, before.Diagnostics, ContentSources.FromText(files), edited.Order(StringComparer.Ordinal).ToList(),
            Themes, new StageClock());

        Assert.NotNull(patched);
        var site = patched.Site;
        Assert.NotNull(site.LateralMovesIfBuilt);
        var fresh = new LateralMoves(site.Series.SelectMany(s => s.Current), site.ScaleSlugOf);
        var compared = 0;
        foreach (var spec in site.Classes)
        {
            var (shown, total) = site.LateralMoves.Of(spec, 1000);
            var (freshShown, freshTotal) = fresh.Of(spec, 1000);
            Assert.Equal(freshTotal, total);
            Assert.True(freshShown.SequenceEqual(shown, ReferenceEqualityComparer.Instance), spec.Key);
            Assert.True(fresh.SharingKeyWith(spec).SequenceEqual(site.LateralMoves.SharingKeyWith(spec), ReferenceEqualityComparer.Instance), spec.Key);
            Assert.Equal(fresh.IndexedKeyOf(spec), site.LateralMoves.IndexedKeyOf(spec));
            Assert.True(fresh.ListingIt(spec, 12).SequenceEqual(site.LateralMoves.ListingIt(spec, 12), ReferenceEqualityComparer.Instance), spec.Key);
            if (total > 0) compared++;
        }

        // The edited classes are new objects in the patched site, and each has lateral moves to compare.
        foreach (var old in graded)
        {
            var now = site.ClassByKey[old.Key];
            Assert.NotSame(old, now);
            Assert.True(site.LateralMoves.Of(now, 1000).Total > 0, old.Key);
        }

        Assert.True(compared > 40, $"{compared} classes with lateral moves");
        // The site before the edit still answers with its own classes, exactly as before the patch.
        Assert.All(graded, old => Assert.True(before.Site.LateralMoves.Of(old, 1000).Total > 0));
        foreach (var (spec, sharing) in oldAnswers)
            Assert.True(sharing.SequenceEqual(before.Site.LateralMoves.SharingKeyWith(spec), ReferenceEqualityComparer.Instance), spec.Key);
    }
}
