using Rungs.Content;

namespace Rungs.Linking;

/// <summary>
/// A series with its classes in ladder order (level 1 first), climbed along one or more tracks. An abolished class keeps
/// its place in <see cref="Levels"/> (it keeps its page) but leaves the current ladder: it is in <see cref="Former"/>,
/// and the steps, tracks and parallel classes are those of <see cref="Current"/>.
/// Each class is in its own track (`track:`) or in the series' first track. A class steps up to the next class of its
/// track; a track that starts above the entry level branches off the first track, from its highest class below.
/// </summary>
public sealed record SeriesLadder(SeriesSpec Spec, IReadOnlyList<ClassSpec> Levels)
{
    // The current ladder, the former classes and the track steps, split from the levels once.
    private readonly (IReadOnlyList<ClassSpec> Current, IReadOnlyList<ClassSpec> Former, TrackSteps? Steps) _split = Split(Spec, Levels);

    /// <summary>The classes in force (and drafts, when built): the ladder that pages show, in ladder order.</summary>
    public IReadOnlyList<ClassSpec> Current => _split.Current;

    /// <summary>The abolished classes, in ladder order: listed as "Former classes" on the series page.</summary>
    public IReadOnlyList<ClassSpec> Former => _split.Former;

    /// <summary>The class's status in force: its own, or its series' when it writes none.</summary>
    public SpecStatus StatusOf(ClassSpec spec) => SpecStatuses.Of(spec, Spec);

    /// <summary>When the class was abolished: its own date, else its series'; null for a class in force.</summary>
    public DateOnly? AbolishedOn(ClassSpec spec) => StatusOf(spec) == SpecStatus.Abolished ? spec.AbolishedOn ?? Spec.AbolishedOn : null;

    // Most series abolish nothing: their ladder is the list of levels itself.
    private static (IReadOnlyList<ClassSpec>, IReadOnlyList<ClassSpec>, TrackSteps?) Split(SeriesSpec spec, IReadOnlyList<ClassSpec> levels)
    {
        if (spec.Status != SpecStatus.Abolished && !levels.Any(c => c.Status == SpecStatus.Abolished))
            return (levels, [], TrackSteps.Of(spec, levels));
        var current = levels.Where(c => SpecStatuses.Of(c, spec) != SpecStatus.Abolished).ToList();
        return (current, levels.Where(c => SpecStatuses.Of(c, spec) == SpecStatus.Abolished).ToList(), TrackSteps.Of(spec, current));
    }

    public string Slug => Spec.Slug;

    /// <summary>The tracks in display order: as the series lists them, else the unnamed track first and the named ones by name.</summary>
    public IReadOnlyList<string?> Tracks => _split.Steps?.Tracks ?? [Current.Count > 0 ? TrackOf(Current[0]) : Spec.TrackOf(null)];

    /// <summary>True when classes climb more than one track, so pages show each class's track.</summary>
    public bool HasTracks => _split.Steps is not null;

    /// <summary>How many levels the series has: its classes, less those sharing a level in parallel tracks.</summary>
    public int LevelCount => _split.Steps is null ? Current.Count : Current.Select(c => c.Level).Distinct().Count();

    /// <summary>The track of a class: its own `track`, else the series' first listed track, else null (the unnamed track).</summary>
    public string? TrackOf(ClassSpec spec) => Spec.TrackOf(spec.Track);

    /// <summary>The class one rung below in its track (a track's first class steps from the first track), or null at the entry level.</summary>
    public ClassSpec? Below(ClassSpec spec)
    {
        if (_split.Steps is not null) return _split.Steps.Below.GetValueOrDefault(spec);
        var index = IndexOf(spec);
        return index > 0 ? Current[index - 1] : null;
    }

    /// <summary>The class one rung above in its track (or, at the top of the first track, where another track branches off), or null at the top.</summary>
    public ClassSpec? Above(ClassSpec spec)
    {
        if (_split.Steps is not null) return _split.Steps.Above.GetValueOrDefault(spec);
        var index = IndexOf(spec);
        return index >= 0 && index < Current.Count - 1 ? Current[index + 1] : null;
    }

    /// <summary>The classes at the same level in other tracks, in track order.</summary>
    public IReadOnlyList<ClassSpec> Parallel(ClassSpec spec) =>
        _split.Steps is null ? [] : Current.Where(c => c.Level == spec.Level && !ReferenceEquals(c, spec) && TrackOf(c) != TrackOf(spec)).ToList();

    /// <summary>Every step up the ladder (each class with the class it steps from), in the order of the upper class.</summary>
    public IEnumerable<(ClassSpec From, ClassSpec To)> Steps =>
        Current.Select(to => (From: Below(to), To: to)).Where(s => s.From is not null).Select(s => (s.From!, s.To));

    private int IndexOf(ClassSpec spec)
    {
        for (var i = 0; i < Current.Count; i++)
            if (ReferenceEquals(Current[i], spec)) return i;
        return -1;
    }

    /// <summary>The steps of a ladder with more than one track, worked out once; null for a single track, which steps by position as it always has.</summary>
    private sealed class TrackSteps
    {
        public required IReadOnlyList<string?> Tracks { get; init; }
        public Dictionary<ClassSpec, ClassSpec> Below { get; } = new(ReferenceEqualityComparer.Instance);
        public Dictionary<ClassSpec, ClassSpec> Above { get; } = new(ReferenceEqualityComparer.Instance);

        public static TrackSteps? Of(SeriesSpec series, IReadOnlyList<ClassSpec> levels)
        {
            var byTrack = levels.GroupBy(c => series.TrackOf(c.Track)).ToDictionary(g => g.Key ?? "", g => g.ToList(), StringComparer.Ordinal);
            if (byTrack.Count < 2) return null;

            var named = byTrack.Keys.Where(k => k.Length > 0 && !series.Tracks.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal);
            var order = series.Tracks.Count > 0
                ? series.Tracks.Concat(named).Where(byTrack.ContainsKey).Select(t => (string?)t).ToList()
                : named.Select(t => (string?)t).Prepend(null).Where(t => byTrack.ContainsKey(t ?? "")).ToList();
            var steps = new TrackSteps { Tracks = order };

            var first = byTrack[order[0] ?? ""];
            foreach (var track in order)
            {
                var classes = byTrack[track ?? ""];
                for (var i = 0; i < classes.Count; i++)
                {
                    var below = i > 0 ? classes[i - 1] : ReferenceEquals(classes, first) ? null : first.LastOrDefault(c => c.Level < classes[i].Level);
                    if (below is null) continue;
                    steps.Below[classes[i]] = below;
                    // Within its track first; else the first track (in order) that branches off it.
                    if (i > 0 || !steps.Above.ContainsKey(below)) steps.Above[below] = classes[i];
                }
            }

            return steps;
        }
    }
}
