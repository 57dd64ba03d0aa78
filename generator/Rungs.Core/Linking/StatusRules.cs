using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Linking;

/// <summary>
/// Rules about abolished classes that need the whole site: a chain of successors (`superseded_by`) ends in a class that
/// is not abolished and never goes round, and `promotes_to` names no abolished class (warning). Each class is looked at
/// once, with one lookup per step of its chain.
/// </summary>
public static class StatusRules
{
    /// <param name="ladderOf">The ladders by series slug (linking has them indexed already).</param>
    /// <param name="classes">The classes by key (`series/slug`).</param>
    /// <param name="names">How the `superseded_by` and `promotes_to` entries resolve to keys.</param>
    public static void Check(IReadOnlyList<SeriesLadder> ladders, IReadOnlyDictionary<string, SeriesLadder> ladderOf, IReadOnlyDictionary<string, ClassSpec> classes,
        ClassNames names, DiagnosticList diagnostics)
    {
        ClassSpec? Successor(ClassSpec c) =>
            c.SupersededBy is { } s && names.Resolve(s.Slug, c.SeriesSlug).Key is { } key && key != c.Key ? classes.GetValueOrDefault(key) : null;
        bool IsAbolished(ClassSpec c) => ladderOf[c.SeriesSlug].StatusOf(c) == SpecStatus.Abolished;

        foreach (var ladder in ladders)
        {
            foreach (var c in ladder.Former)
            {
                // A class abolished alone gives its own date; an abolished series without one is reported once, at the series.
                if (ladder.AbolishedOn(c) is null && ladder.Spec.Status != SpecStatus.Abolished)
                    diagnostics.Error(DiagnosticCodes.AbolishedDate, c.StatusPosition, "an abolished class needs the date it was abolished",
                        "add `abolished: YYYY-MM-DD`, e.g. `abolished: 2026-06-30`");
                if (Successor(c) is { } next)
                    CheckChain(c, next, Successor, IsAbolished, diagnostics);
            }

            foreach (var c in ladder.Current)
            foreach (var promotion in c.PromotesTo)
                if (names.Resolve(promotion.Slug, c.SeriesSlug).Key is { } key && classes.GetValueOrDefault(key) is { } to && IsAbolished(to))
                    diagnostics.Warning(DiagnosticCodes.PromotesToAbolished, promotion.Position,
                        $"`promotes_to` names {to.Title}, which was abolished: the move is not shown",
                        to.SupersededBy is { } successor
                            ? $"name the class that superseded it instead (`{successor.Slug}`)"
                            : "remove this entry, or name the class now in force");
        }
    }

    /// <summary>
    /// Follows the successors of <paramref name="start"/>. A successor that is abolished and names no successor of its own
    /// is reported where it is named; a chain that comes back to <paramref name="start"/> is reported once, at the class of
    /// the circle whose key sorts first.
    /// </summary>
    private static void CheckChain(ClassSpec start, ClassSpec next, Func<ClassSpec, ClassSpec?> successor, Func<ClassSpec, bool> isAbolished,
        DiagnosticList diagnostics)
    {
        if (isAbolished(next) && next.SupersededBy is null)
        {
            diagnostics.Error(DiagnosticCodes.Succession, start.SupersededBy!.Position,
                $"{start.Title} is superseded by {next.Title}, which was abolished too and names no successor",
                $"name the class in force that replaced them both, or give {next.Title} a `superseded_by:`");
            return;
        }

        var chain = new List<ClassSpec> { start };
        for (var c = next; c is not null && isAbolished(c); c = successor(c))
        {
            if (ReferenceEquals(c, start))
            {
                if (chain.Select(k => k.Key).Order(StringComparer.Ordinal).First() == start.Key)
                    diagnostics.Error(DiagnosticCodes.Succession, start.SupersededBy!.Position,
                        $"`superseded_by` goes round in a circle: {string.Join(" → ", chain.Append(start).Select(k => k.Title))}",
                        "an abolished class is superseded by a class in force, or by one that leads to it; change one `superseded_by`");
                return;
            }

            if (chain.Contains(c)) return; // a circle further on, reported by its own classes
            chain.Add(c);
        }
    }
}
