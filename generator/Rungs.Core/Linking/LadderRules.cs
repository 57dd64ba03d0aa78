using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Linking;

/// <summary>Rules that need whole ladders: levels run 1, 2, 3… without gaps, and promotions never lead back to where they started.</summary>
public static class LadderRules
{
    /// <summary>Reports the first class after each missing level (a series starts at level 1).</summary>
    public static void CheckGaps(IEnumerable<SeriesLadder> ladders, DiagnosticList diagnostics)
    {
        foreach (var ladder in ladders)
        {
            var expected = 1;
            foreach (var c in ladder.Levels)
            {
                if (c.Level < expected) continue; // a duplicate level, reported as RUNGS015
                if (c.Level > expected)
                {
                    var missing = c.Level - expected == 1 ? $"level {expected} is missing" : $"levels {expected} to {c.Level - 1} are missing";
                    diagnostics.Error(DiagnosticCodes.LadderGap, c.LevelPosition,
                        $"the series `{ladder.Slug}` has a gap before {c.Title}: {missing}",
                        "number the levels of a series 1, 2, 3… from the entry level up, or add the missing class");
                }

                expected = c.Level + 1;
            }
        }
    }

    /// <summary>
    /// Promotion runs up each ladder and along every `promotes_to`. A cycle would make "the next step" endless,
    /// so each one is reported once, at the `promotes_to` entry that closes it.
    /// </summary>
    /// <param name="classes">The classes by key (`series/slug`).</param>
    /// <param name="names">How the `promotes_to` entries resolve to keys.</param>
    public static void CheckPromotionCycles(IReadOnlyList<SeriesLadder> ladders, IReadOnlyDictionary<string, ClassSpec> classes, ClassNames names,
        DiagnosticList diagnostics)
    {
        var next = new Dictionary<string, List<(string To, SlugRef? Declared)>>(StringComparer.Ordinal);
        foreach (var ladder in ladders)
        {
            // Every step up a track, including where another track branches off (two steps may leave one class).
            var up = ladder.Steps.ToLookup(s => s.From.Key, s => s.To.Key, StringComparer.Ordinal);
            foreach (var c in ladder.Levels)
            {
                var edges = next[c.Key] = [];
                edges.AddRange(up[c.Key].Select(to => (to, (SlugRef?)null)));
                edges.AddRange(c.PromotesTo.Select(r => (To: names.Target(r.Slug, c.SeriesSlug), Declared: (SlugRef?)r))
                    .Where(e => e.To != c.Key && classes.ContainsKey(e.To)));
            }
        }

        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the current path, 2 = done
        var path = new List<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
            Visit(start);

        void Visit(string slug)
        {
            state[slug] = 1;
            path.Add(slug);
            foreach (var (to, declared) in next[slug])
            {
                if (state.GetValueOrDefault(to) == 1)
                {
                    var loop = path.Skip(path.IndexOf(to)).Append(to).Select(s => classes[s].Title);
                    var at = declared?.Position ?? classes[slug].LevelPosition;
                    diagnostics.Error(DiagnosticCodes.PromotionCycle, at,
                        $"promotion goes round in a circle: {string.Join(" → ", loop)}",
                        "a class may promote only to a class that does not lead back to it; remove or change one `promotes_to` entry");
                }
                else if (state.GetValueOrDefault(to) == 0)
                {
                    Visit(to);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[slug] = 2;
        }
    }
}
