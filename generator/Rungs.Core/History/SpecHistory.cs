using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Parsing;

namespace Rungs.History;

/// <summary>
/// Turns the commits read from git into what pages show (pure: no I/O, no clock). Each spec version a commit touched is
/// parsed like the site itself (one file at a time), and commits are walked oldest first so that a spec keeps its
/// history when its file is renamed or moved: a class is followed by its code when it has one, else by its slug, and
/// every other spec by its slug (a rename git detects carries the history to the new slug).
/// </summary>
public static class SpecHistory
{
    public static SiteHistory Build(HistoryLog log, SiteModel site, int recentCount = SiteHistory.DefaultRecentCount)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(site);
        if (!log.Available) return SiteHistory.None;

        // Who each version is (kind, code or slug, title) needs only its front matter; what changed needs the whole
        // spec, but only for classes changed in place. An import of thousands of files then costs a front-matter read each.
        var headers = ParseVersions(log, log.Commits.Where(c => !c.IsBoundary).SelectMany(c => c.Files)
            .SelectMany(f => new[] { (f.OldPath, f.OldBlob), (f.NewPath, f.NewBlob) }), frontMatterOnly: true);
        var commits = log.Commits.Reverse().Where(c => !c.IsBoundary).Select(c => (Commit: c, Pairs: Pairs(c, headers))).ToList();
        var specs = ParseVersions(log, commits.SelectMany(c => c.Pairs)
            .Where(p => p.Before is { Kind: SpecKind.Class } && p.After is { Kind: SpecKind.Class })
            .SelectMany(p => new[] { ((string?)p.Before!.Path, (string?)p.Before.Blob), (p.After!.Path, p.After.Blob) }), frontMatterOnly: false);

        var byKey = new Dictionary<string, Lineage>(StringComparer.Ordinal);
        var changes = new List<(Lineage Lineage, Change Change)>();
        // Oldest first: a spec's identity is what it was called before each change.
        foreach (var (commit, pairs) in commits)
        {
            foreach (var (before, after) in pairs)
            {
                var beforeKey = before?.Key;
                var afterKey = after?.Key;
                Lineage? lineage = null;
                if (beforeKey is not null) byKey.TryGetValue(beforeKey, out lineage);
                if (lineage is null && afterKey is not null) byKey.TryGetValue(afterKey, out lineage);
                lineage ??= new Lineage();
                if (beforeKey is not null && afterKey is not null && beforeKey != afterKey
                    && byKey.TryGetValue(beforeKey, out var held) && held == lineage)
                    byKey.Remove(beforeKey);
                // A removed spec keeps its key, so a spec added back later under the same code or slug continues its history.
                byKey[(afterKey ?? beforeKey)!] = lineage;

                var side = (after ?? before)!;
                var revision = new Revision(commit.Hash, commit.Date, commit.Subject, Describe(before, after, specs, site));
                changes.Add((lineage, new Change(revision, side.Kind, side.Path, side.Title)));
            }
        }

        // Where each history leads today: the spec of the site that holds its key now.
        var current = new Dictionary<Lineage, string>();
        void Claim(string key, string slug)
        {
            if (byKey.TryGetValue(key, out var lineage)) current.TryAdd(lineage, slug);
        }

        foreach (var c in site.Classes) Claim(ClassKey(c.Code, c.Key), c.Key);
        foreach (var s in site.Series) Claim(Key(SpecKind.Series, s.Slug), s.Slug);
        foreach (var c in site.Competencies) Claim(Key(SpecKind.Competency, c.Slug), c.Slug);
        foreach (var k in site.Ksas) Claim(Key(SpecKind.Ksa, k.Slug), k.Slug);
        foreach (var j in site.JobModels) Claim(Key(SpecKind.JobModel, j.Slug), j.Slug);

        // A class's own history lists what changed its content; a commit that only reformatted the file says nothing to a reader.
        var classes = new Dictionary<string, ClassHistory>(StringComparer.Ordinal);
        foreach (var group in changes.Where(c => c.Change.Kind == SpecKind.Class && current.ContainsKey(c.Lineage)).GroupBy(c => c.Lineage))
            classes[current[group.Key]] = new ClassHistory(group.Select(c => c.Change.Revision)
                .Where(r => r.Changes is not [ClassChangeSummary.FormattingOnly]).OrderBy(r => r, NewestFirst).ToList());

        // One entry per commit: an import that adds 20 specs is one change to the site, not 20 identical rows.
        // Only the kept commits have their changes sorted, and only the listed changes are made: an import touches thousands of files.
        var recent = changes
            .GroupBy(c => c.Change.Revision.Hash, StringComparer.Ordinal)
            .OrderBy(g => g.First().Change.Revision, NewestFirst)
            .Take(Math.Max(0, recentCount))
            .Select(g =>
            {
                var revision = g.First().Change.Revision;
                var listed = g
                    .OrderBy(c => c.Change.Kind)
                    .ThenBy(c => c.Change.Path, StringComparer.Ordinal)
                    .Take(SiteHistory.MaxListedChanges)
                    .Select(c => new RecentChange(c.Change.Revision, c.Change.Kind, c.Change.Path, c.Change.Title,
                        current.TryGetValue(c.Lineage, out var slug) ? slug : null))
                    .ToList();
                return new RecentCommit(revision.Hash, revision.Date, revision.Subject, listed, g.Count());
            })
            .ToList();

        DateTimeOffset? startsAt = (log.Shallow || log.Truncated) && log.Commits.Count > 0
            ? log.Commits.MinBy(c => c.Date.UtcDateTime)!.Date
            : null;
        return new SiteHistory(true, startsAt, recent, classes) { Releases = ReleaseHistory.Build(log.Tags, site.Config.Releases) };
    }

    /// <summary>Newest first by the commit's instant; commits of the same second by hash, so the order never depends on input order.</summary>
    public static readonly IComparer<Revision> NewestFirst = Comparer<Revision>.Create((a, b) =>
    {
        var byDate = b.Date.UtcDateTime.CompareTo(a.Date.UtcDateTime);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Hash, b.Hash);
    });

    private sealed class Lineage;

    private sealed record Change(Revision Revision, SpecKind Kind, string Path, string Title);

    /// <summary>One version of a spec file: where it was, its kind and slug, and its front matter as a spec (null when unreadable).</summary>
    private sealed record Side(string Path, SpecKind Kind, string Slug, string Blob, object? Spec)
    {
        public string Title => Spec switch
        {
            ClassSpec c => c.Title,
            SeriesSpec s => s.Title,
            Competency c => c.Title,
            Ksa k => k.Title,
            JobModel j => j.Title,
            _ => Slug,
        };

        /// <summary>A class by its code, else its slug; other specs by kind and slug.</summary>
        public string Key => Kind == SpecKind.Class ? ClassKey((Spec as ClassSpec)?.Code, Slug) : SpecHistory.Key(Kind, Slug);
    }

    private static string ClassKey(string? code, string key) =>
        string.IsNullOrWhiteSpace(code) ? "class:key:" + key : "class:code:" + code.Trim();

    private static string Key(SpecKind kind, string slug) => kind + ":" + slug;

    private static SpecKind? KindOf(ContentKind kind) => kind switch
    {
        ContentKind.Class => SpecKind.Class,
        ContentKind.Series => SpecKind.Series,
        ContentKind.Competency => SpecKind.Competency,
        ContentKind.Ksa => SpecKind.Ksa,
        ContentKind.JobModel => SpecKind.JobModel,
        _ => null,
    };

    /// <summary>Parses the given spec versions, once each, in parallel (the result does not depend on the order).</summary>
    private static Dictionary<(string Path, string Blob), object?> ParseVersions(HistoryLog log, IEnumerable<(string? Path, string? Blob)> versions, bool frontMatterOnly) =>
        versions
            .Where(v => v.Path is not null && v.Blob is not null && KindOf(ContentPath.Of(v.Path).Kind) is not null)
            .Select(v => (Path: v.Path!, Blob: v.Blob!))
            .Distinct()
            .AsParallel()
            .Select(v => (Version: v, Spec: Parse(v.Path, log.Text(v.Blob), frontMatterOnly)))
            .ToDictionary(p => p.Version, p => p.Spec);

    /// <summary>
    /// One spec file parsed on its own, as the build parses it (with an empty body when <paramref name="frontMatterOnly"/>);
    /// null when it cannot be read.
    /// </summary>
    private static object? Parse(string path, string? text, bool frontMatterOnly)
    {
        if (text is null) return null;
        if (frontMatterOnly)
        {
            var split = FrontMatterSplitter.Split(text, path, new DiagnosticList());
            if (split is null) return null;
            text = "---\n" + split.Yaml + "---\n";
        }

        var parsed = ParseStage.Run(ContentSources.FromText([new KeyValuePair<string, string>(path, text)]));
        return (object?)parsed.Classes.FirstOrDefault() ?? (object?)parsed.Series.FirstOrDefault() ?? (object?)parsed.Competencies.FirstOrDefault()
            ?? (object?)parsed.Ksas.FirstOrDefault() ?? parsed.JobModels.FirstOrDefault();
    }

    /// <summary>
    /// A commit's changes as (before, after) pairs of spec versions: git's renames pair themselves, and a removal and an
    /// addition of the same class code (or spec slug) in one commit are one spec that moved. In path order.
    /// </summary>
    private static List<(Side? Before, Side? After)> Pairs(HistoryCommit commit, Dictionary<(string, string), object?> specs)
    {
        Side? SideOf(string? path, string? blob)
        {
            if (path is null || blob is null) return null;
            var where = ContentPath.Of(path);
            // A class is known by its key (`series/slug`): another series may have a class with the same slug.
            return KindOf(where.Kind) is { } kind
                ? new Side(path, kind, kind == SpecKind.Class ? ClassSpec.KeyOf(where.SeriesSlug!, where.Slug) : where.Slug, blob, specs.GetValueOrDefault((path, blob)))
                : null;
        }

        var pairs = new List<(Side? Before, Side? After)>();
        var removed = new List<Side>();
        var added = new List<Side>();
        foreach (var file in commit.Files)
        {
            var before = file.Kind == FileChangeKind.Copied ? null : SideOf(file.OldPath, file.OldBlob);
            var after = SideOf(file.NewPath, file.NewBlob);
            if (before is not null && after is not null && before.Kind == after.Kind) pairs.Add((before, after));
            else
            {
                if (before is not null) removed.Add(before);
                if (after is not null) added.Add(after);
            }
        }

        foreach (var gone in removed.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            var match = added.Where(a => a.Key == gone.Key).OrderBy(a => a.Path, StringComparer.Ordinal).FirstOrDefault();
            if (match is not null) added.Remove(match);
            pairs.Add((gone, match));
        }

        pairs.AddRange(added.Select(a => ((Side?)null, (Side?)a)));
        return pairs.OrderBy(p => (p.After ?? p.Before)!.Path, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<string> Describe(Side? before, Side? after, Dictionary<(string, string), object?> specs, SiteModel site)
    {
        if (before is null) return ["Added"];
        if (after is null) return ["Removed"];
        if (before.Kind == SpecKind.Class)
        {
            if (specs.GetValueOrDefault((before.Path, before.Blob)) is ClassSpec old && specs.GetValueOrDefault((after.Path, after.Blob)) is ClassSpec now)
                return ClassChangeSummary.Describe(old, now,
                    s => site.KsaBySlug.TryGetValue(s, out var k) ? k.Title : s,
                    s => site.CompetencyBySlug.TryGetValue(s, out var c) ? c.Title : s,
                    s => site.FindClass(s, now.SeriesSlug)?.Title ?? s);
            return ["Changed (one of the two versions could not be read)"];
        }

        var parts = new List<string>();
        if (before.Slug != after.Slug) parts.Add($"Slug {before.Slug} → {after.Slug}");
        if (before.Spec is not null && after.Spec is not null && ClassChangeSummary.Field("Title", before.Title, after.Title) is { } title)
            parts.Add(title);
        if (parts.Count == 0) parts.Add("Changed");
        return parts;
    }
}
