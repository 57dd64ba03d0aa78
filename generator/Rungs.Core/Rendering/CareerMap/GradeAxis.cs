using System.Globalization;

namespace Rungs.Rendering.CareerMap;

/// <summary>
/// Puts classes of the same grade at the same height across the ladders of a row. Grades are ordered numerically
/// when every grade on the map is a number, else by first appearance (ladders in map order, classes in level order).
/// A ladder follows the axis only when every class in it has a grade and its grades rise strictly with level;
/// any other ladder keeps level order, stacked from the bottom. The grade scale is labelled only on a row where every
/// ladder follows the axis: beside a ladder in level order its labels would mislead.
/// </summary>
internal static class GradeAxis
{
    /// <summary>The map's grades, lowest first.</summary>
    public static IReadOnlyList<string> Order(IEnumerable<PlacedLadder> ladders)
    {
        var seen = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in ladders.SelectMany(l => l.Nodes))
        {
            var grade = GradeOf(node);
            if (grade is not null && known.Add(grade)) seen.Add(grade);
        }

        var numbers = seen.Select(g => decimal.TryParse(g, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null).ToList();
        if (numbers.Any(n => n is null)) return seen;
        // Stable: "7" and "07" are equal numbers and keep their order of appearance.
        return seen.Zip(numbers, (g, n) => (g, n!.Value)).OrderBy(p => p.Item2).Select(p => p.g).ToList();
    }

    /// <summary>Re-rungs the graded ladders of <paramref name="row"/> on the row's own grades (no empty rungs); returns how many rungs they take.</summary>
    public static int Apply(MapRow row, IReadOnlyList<string> order)
    {
        var rank = order.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        var graded = row.Ladders.Where(l => FollowsAxis(l, rank)).ToList();
        var grades = graded.SelectMany(l => l.Nodes).Select(n => GradeOf(n)!).Distinct(StringComparer.Ordinal)
            .OrderBy(g => rank[g]).ToList();
        var rung = grades.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        foreach (var node in graded.SelectMany(l => l.Nodes)) node.Rung = rung[GradeOf(node)!];
        if (graded.Count == row.Ladders.Count(l => l.Nodes.Count > 0)) row.Grades = grades;
        return grades.Count;
    }

    private static bool FollowsAxis(PlacedLadder ladder, Dictionary<string, int> rank)
    {
        if (ladder.Nodes.Count == 0) return false;
        var previous = -1;
        foreach (var node in ladder.Nodes)
        {
            var grade = GradeOf(node);
            if (grade is null || rank[grade] <= previous) return false;
            previous = rank[grade];
        }

        return true;
    }

    private static string? GradeOf(PlacedNode node)
    {
        var clean = MapText.Clean(node.Source.Grade);
        return clean.Length == 0 ? null : clean;
    }
}
