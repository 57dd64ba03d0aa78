using Rungs.Content;

namespace Rungs.Linking;

/// <summary>
/// A series with its classes in ladder order (level 1 first), climbed along one or more tracks.
/// Each class is in its own track (`track:`) or in the series' first track. A class steps up to the next class of its
/// track; a track that starts above the entry level branches off the first track, from its highest class below.
/// </summary>
public sealed record SeriesLadder(SeriesSpec Spec, IReadOnlyList<ClassSpec> Levels)
{
    private readonly TrackSteps? _steps = TrackSteps.Of(Spec, Levels);

    public string Slug => Spec.Slug;

    /// <summary>The tracks in display order: as the series lists them, else the unnamed track first and the named ones by name.</summary>
    public IReadOnlyList<string?> Tracks => _steps?.Tracks ?? [Levels.Count > 0 ? TrackOf(Levels[0]) : Spec.TrackOf(null)];

    /// <summary>True when classes climb more than one track, so pages show each class's track.</summary>
    public bool HasTracks => _steps is not null;

    /// <summary>How many levels the series has: its classes, less those sharing a level in parallel tracks.</summary>
    public int LevelCount => _steps is null ? Levels.Count : Levels.Select(c => c.Level).Distinct().Count();

    /// <summary>The track of a class: its own `track`, else the series' first listed track, else null (the unnamed track).</summary>
    public string? TrackOf(ClassSpec spec) => Spec.TrackOf(spec.Track);

    /// <summary>The class one rung below in its track (a track's first class steps from the first track), or null at the entry level.</summary>
    public ClassSpec? Below(ClassSpec spec)
    {
        if (_steps is not null) return _steps.Below.GetValueOrDefault(spec);
        var index = IndexOf(spec);
        return index > 0 ? Levels[index - 1] : null;
    }

    /// <summary>The class one rung above in its track (or, at the top of the first track, where another track branches off), or null at the top.</summary>
    public ClassSpec? Above(ClassSpec spec)
    {
        if (_steps is not null) return _steps.Above.GetValueOrDefault(spec);
        var index = IndexOf(spec);
        return index >= 0 && index < Levels.Count - 1 ? Levels[index + 1] : null;
    }

    /// <summary>The classes at the same level in other tracks, in track order.</summary>
    public IReadOnlyList<ClassSpec> Parallel(ClassSpec spec) =>
        _steps is null ? [] : Levels.Where(c => c.Level == spec.Level && !ReferenceEquals(c, spec) && TrackOf(c) != TrackOf(spec)).ToList();

    /// <summary>Every step up the ladder (each class with the class it steps from), in the order of the upper class.</summary>
    public IEnumerable<(ClassSpec From, ClassSpec To)> Steps =>
        Levels.Select(to => (From: Below(to), To: to)).Where(s => s.From is not null).Select(s => (s.From!, s.To));

    private int IndexOf(ClassSpec spec)
    {
        for (var i = 0; i < Levels.Count; i++)
            if (ReferenceEquals(Levels[i], spec)) return i;
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
