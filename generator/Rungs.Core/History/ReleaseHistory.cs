using System.Globalization;
using System.Text;
using Rungs.Content;
using Rungs.Input;
using Rungs.Review;

namespace Rungs.History;

/// <summary>
/// Turns the tags site.yml's `releases:` patterns pick into releases: each release's content (read through
/// <see cref="TagLog.ReadCommit"/>) is parsed, linked and compared with the release before it by the engine of
/// `rungs diff` (<see cref="SiteDiff"/>), so the page says what `rungs diff &lt;previous&gt; &lt;tag&gt;` says. Each release's content
/// is loaded once, oldest first, and let go after the next comparison.
/// </summary>
public static class ReleaseHistory
{
    public static SiteReleases Build(TagLog log, IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(patterns);
        if (!log.InRepository) return SiteReleases.None;
        if (log.Shallow) return new SiteReleases(ReleasesState.Shallow, patterns, []);
        var tags = log.Tags
            .Where(t => patterns.Any(p => TagPattern.Matches(p, t.Name)))
            .OrderBy(t => t.Date)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        if (tags.Count == 0) return new SiteReleases(ReleasesState.NoTags, patterns, []);

        var slugs = Slugs(tags);
        var releases = new List<Release>();
        var previous = LoadedSite.Load(new ContentSources([], []), drafts: false);
        GitTag? previousTag = null;
        foreach (var tag in tags)
        {
            LoadedSite current;
            try
            {
                current = previousTag?.Commit == tag.Commit ? previous : LoadedSite.Load(log.ReadCommit(tag.Commit), drafts: false);
            }
            catch (ReviewInputException e)
            {
                releases.Add(new Release(tag, slugs[tag], previousTag, [], 0, e.Message));
                continue;
            }

            var entries = SiteDiff.Compare(previous, current);
            var folders = new HashSet<string>(StringComparer.Ordinal);
            var rows = entries.Where(e => e.Kind == ItemKind.Class)
                .Select(e => new ReleaseRow(e, ReleaseChanges.Of(e), Unique(folders, $"{e.Current.Series}/{e.Current.Slug}")))
                .OrderBy(r => r.IsHighImpact ? 0 : 1) // stable: the engine's order within each
                .ToList();
            releases.Add(new Release(tag, slugs[tag], previousTag, rows, entries.Count(e => e.Kind != ItemKind.Class)));
            previous = current;
            previousTag = tag;
        }

        releases.Reverse();
        return new SiteReleases(ReleasesState.Listed, patterns, releases);
    }

    /// <summary>
    /// A folder name for each tag's pages: its name in lower case with anything but letters, digits, `.`, `_` and `-`
    /// made `-` (`Release/2026.1` → `release-2026.1`); a name two tags would share gets `-2`, `-3`, … in tag order.
    /// </summary>
    private static Dictionary<GitTag, string> Slugs(IReadOnlyList<GitTag> tags)
    {
        // The feed is releases/index.xml and the page releases/index.html: no release folder may take their names.
        var taken = new HashSet<string>(["index.xml", "index.html"], StringComparer.Ordinal);
        var slugs = new Dictionary<GitTag, string>();
        foreach (var tag in tags)
        {
            var text = new StringBuilder();
            foreach (var c in tag.Name.ToLowerInvariant()) text.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
            var slug = text.ToString().Trim('-', '.');
            slugs[tag] = Unique(taken, slug.Length == 0 ? "release" : slug);
        }

        return slugs;
    }

    /// <summary>The name, or the name with `-2`, `-3`, … when it is taken; the result is taken from then on.</summary>
    private static string Unique(HashSet<string> taken, string name)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++) unique = name + "-" + n.ToString(CultureInfo.InvariantCulture);
        return unique;
    }
}
